import "server-only";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { listStepComments } from "@/db/queries/comments";
import { loadProject } from "@/lib/projects/load-project";

// The panel under the form and the markers on its cards list the same threads: one query per request.
export const loadStepThreads = cache(async (projectId: string, step: number) => {
  const { user, project } = await loadProject(projectId);
  return listStepComments(user, project.id, step, await getLocale());
});
