"use server";

import { createProject } from "@/db/queries/projects";
import { projectDetailsSchema } from "@/lib/validation/project";
import { authedAction } from "./safe-action";

export const createProjectAction = authedAction(projectDetailsSchema, async (details, user) => {
  const id = await createProject({ actor: user, details });
  return { id };
});
