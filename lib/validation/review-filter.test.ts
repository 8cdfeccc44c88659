import { describe, expect, it } from "vitest";
import { OVERALL_REVIEW_STATUSES } from "@/lib/reviews/overall-status";
import { matchesReviewFilter, parseDashboardSearch, REVIEW_FILTERS } from "./review-filter";

describe("dashboard review filter", () => {
  it("offers every overall status, and All", () => {
    expect([...REVIEW_FILTERS].sort()).toEqual(["all", ...OVERALL_REVIEW_STATUSES].sort());
  });

  it("reads a known value from the query string", () => {
    for (const review of REVIEW_FILTERS) expect(parseDashboardSearch({ review })).toEqual({ review });
  });

  it("falls back to All for a missing, unknown, differently cased or repeated value", () => {
    for (const review of [undefined, "", "approved", "REVIEWED", ["reviewed", "in_review"], "all; drop table"]) {
      expect(parseDashboardSearch({ review })).toEqual({ review: "all" });
    }
  });

  it("keeps every project for All and only the matching ones otherwise", () => {
    for (const status of OVERALL_REVIEW_STATUSES) {
      expect(matchesReviewFilter(status, "all")).toBe(true);
      for (const filter of OVERALL_REVIEW_STATUSES) expect(matchesReviewFilter(status, filter)).toBe(status === filter);
    }
  });
});
