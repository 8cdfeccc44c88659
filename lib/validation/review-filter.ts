import * as z from "zod/mini";
import type { OverallReviewStatus } from "@/lib/reviews/overall-status";

// In the order the dashboard's select lists them: what a mentor acts on first.
export const REVIEW_FILTERS = ["all", "changes_requested", "in_review", "reviewed", "not_reviewed"] as const satisfies readonly (
  "all" | OverallReviewStatus
)[];

export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

// The value arrives in the URL, where anyone can type anything: an unknown or repeated
// value shows every project rather than an error page.
export const dashboardSearchSchema = z.object({
  review: z.catch(z.enum(REVIEW_FILTERS), "all"),
});

export function parseDashboardSearch(params: Record<string, string | string[] | undefined>): { review: ReviewFilter } {
  return dashboardSearchSchema.parse(params);
}

export function matchesReviewFilter(status: OverallReviewStatus, filter: ReviewFilter): boolean {
  return filter === "all" || status === filter;
}
