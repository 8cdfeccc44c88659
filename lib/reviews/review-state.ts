import type { ReviewStatus } from "@/db/schema";

/**
 * What a step's review says, one state at a time: a request for changes stays until the
 * mentor answers it, and the team's "ready for another look" is its own state on top of it.
 */
export type ReviewState = "none" | "changes_requested" | "ready_again" | "reviewed";

export function reviewState(review: { status: ReviewStatus; ready: unknown } | undefined | null): ReviewState {
  if (!review) return "none";
  if (review.status === "reviewed") return "reviewed";
  return review.ready ? "ready_again" : "changes_requested";
}
