"use server";

import { revalidatePath } from "next/cache";
import { updateProjectKind } from "@/db/queries/projects";
import { projectKindSchema } from "@/lib/validation/project";
import { projectAction } from "./safe-action";

export const updateProjectKindAction = projectAction(projectKindSchema, async ({ kind }, { user, projectId }) => {
  await updateProjectKind({ actor: user, projectId, kind });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { kind };
});
