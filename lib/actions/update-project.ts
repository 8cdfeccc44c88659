"use server";

import { revalidatePath } from "next/cache";
import { updateProjectDetails } from "@/db/queries/projects";
import { projectDetailsSchema } from "@/lib/validation/project";
import { projectAction } from "./safe-action";

export const updateProjectAction = projectAction(projectDetailsSchema, async (details, { user, projectId }) => {
  await updateProjectDetails({ actor: user, projectId, details });
  revalidatePath("/projects", "layout");
  return details;
});
