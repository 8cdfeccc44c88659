"use server";

import { createProject } from "@/db/queries/projects";
import { createProjectSchema } from "@/lib/validation/project";
import { authedAction } from "./safe-action";

export const createProjectAction = authedAction(createProjectSchema, async (details, user) => {
  const id = await createProject({ actor: user, details });
  return { id };
});
