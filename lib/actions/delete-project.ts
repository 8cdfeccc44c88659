"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod/mini";
import { deleteProject } from "@/db/queries/projects";
import { projectAction } from "./safe-action";

export const deleteProjectAction = projectAction(z.object({}), async (_values, { user, projectId }) => {
  await deleteProject({ actor: user, projectId });
  revalidatePath("/projects");
  return { id: projectId };
});
