import type { ReviewStatus } from "@/db/schema";

export type OverallReviewStatus = "not_reviewed" | "in_review" | "changes_requested" | "reviewed";

export const OVERALL_REVIEW_STATUSES: readonly OverallReviewStatus[] = ["changes_requested", "in_review", "reviewed", "not_reviewed"];

/**
 * A project's review status from its steps' statuses (one per wizard step, null when the
 * mentor has not looked at it): any requested change wins, because it is what the owner
 * must act on; "reviewed" needs every step reviewed.
 */
export function overallReviewStatus(steps: readonly (ReviewStatus | null | undefined)[], stepCount = 5): OverallReviewStatus {
  if (steps.includes("changes_requested")) return "changes_requested";
  const reviewed = steps.filter((s) => s === "reviewed").length;
  if (reviewed === 0) return "not_reviewed";
  return reviewed >= stepCount ? "reviewed" : "in_review";
}
