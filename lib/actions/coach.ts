"use server";

import { revalidatePath } from "next/cache";
import { dismissFinding, restoreFinding } from "@/db/queries/coach";
import { dismissFindingSchema, restoreFindingSchema } from "@/lib/validation/coach";
import { projectAction } from "./safe-action";

// The coach page lists the findings and the mentor's entry shows the score: both re-read.
const refresh = (projectId: string) => revalidatePath(`/projects/${projectId}`, "layout");

export const dismissFindingAction = projectAction(dismissFindingSchema, async ({ rule, subject, reason }, { user, projectId }) => {
  await dismissFinding({ actor: user, projectId, rule, subject, reason });
  refresh(projectId);
  return { rule, subject };
});

export const restoreFindingAction = projectAction(restoreFindingSchema, async ({ rule, subject }, { user, projectId }) => {
  await restoreFinding({ actor: user, projectId, rule, subject });
  refresh(projectId);
  return { rule, subject };
});
