"use server";

import { revalidatePath } from "next/cache";
import { duplicateProject } from "@/db/queries/duplicate-project";
import { duplicateProjectSchema } from "@/lib/validation/project";
import { projectAction } from "./safe-action";

export const duplicateProjectAction = projectAction(duplicateProjectSchema, async ({ name }, { user, projectId }) => {
  const id = await duplicateProject({ actor: user, projectId, name });
  revalidatePath("/projects");
  return { id };
});
