"use server";

import { revalidatePath } from "next/cache";
import { setStepReview } from "@/db/queries/step-reviews";
import { stepReviewSchema } from "@/lib/validation/step-reviews";
import { projectAction } from "./safe-action";

export const setStepReviewAction = projectAction(stepReviewSchema, async ({ step, status, note }, { user, projectId }) => {
  await setStepReview(user, projectId, step, status, note);
  // The banner and the stepper both show the status.
  revalidatePath(`/projects/${projectId}`, "layout");
  return { step, status };
});
