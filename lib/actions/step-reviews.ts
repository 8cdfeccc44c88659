"use server";

import { revalidatePath } from "next/cache";
import { markStepReady, setStepReview } from "@/db/queries/step-reviews";
import { stepReadySchema, stepReviewSchema } from "@/lib/validation/step-reviews";
import { projectAction } from "./safe-action";
import { emailNewlyNotified } from "./step-news";
import { logFailure } from "@/lib/log/request-logger";

// The banner and the stepper both show the status.
const refresh = (projectId: string) => revalidatePath(`/projects/${projectId}`, "layout");

export const setStepReviewAction = projectAction(stepReviewSchema, async ({ step, status, note }, { user, projectId }) => {
  await setStepReview(user, projectId, step, status, note);
  refresh(projectId);
  return { step, status };
});

export const markStepReadyAction = projectAction(stepReadySchema, async ({ step, note }, { user, projectId }) => {
  const fresh = await markStepReady(user, projectId, step, note);
  refresh(projectId);
  // Stored and shown already: a mail server that refuses is logged, not reported as a failure.
  await emailNewlyNotified(user, projectId, step, "step_ready", fresh, note).catch((error: unknown) =>
    logFailure("notifications: the ready email could not be sent", error),
  );
  return { step };
});
