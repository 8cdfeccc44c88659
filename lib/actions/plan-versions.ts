"use server";

import { revalidatePath } from "next/cache";
import { reviewVersion, saveVersion } from "@/db/queries/plan-versions";
import { saveVersionSchema, versionReviewSchema } from "@/lib/validation/plan-versions";
import { projectAction } from "./safe-action";

const versionsPath = (projectId: string) => `/projects/${projectId}/versions`;

export const saveVersionAction = projectAction(saveVersionSchema, async ({ name }, { user, projectId }) => {
  const saved = await saveVersion(user, projectId, name);
  revalidatePath(versionsPath(projectId));
  return saved;
});

export const reviewVersionAction = projectAction(versionReviewSchema, async ({ versionId, status, note }, { user, projectId }) => {
  await reviewVersion(user, projectId, versionId, status, note);
  // The list shows each version's verdict as well as the version's own page.
  revalidatePath(versionsPath(projectId), "layout");
  return { versionId, status };
});
