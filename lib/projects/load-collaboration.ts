import "server-only";
import { cache } from "react";
import { countNewComments, countOpenThreadsByStep } from "@/db/queries/comments";
import { getStepReviews } from "@/db/queries/step-reviews";
import { loadProject } from "@/lib/projects/load-project";

// The layout's stepper and the step page's banner both show reviews: one query per request.
export const loadStepReviews = cache(async (projectId: string) => {
  const { user, project } = await loadProject(projectId);
  return getStepReviews(user, project.id);
});

/** What the stepper and the header badge say about comments: one count query each. */
export async function loadCommentCounts(projectId: string) {
  const { user, project } = await loadProject(projectId);
  const [openByStep, unseen] = await Promise.all([countOpenThreadsByStep(user, project.id), countNewComments(user, project.id)]);
  return { openByStep, unseen };
}
