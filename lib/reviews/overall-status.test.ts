import { describe, expect, it } from "vitest";
import { overallReviewStatus } from "./overall-status";

describe("overallReviewStatus", () => {
  it("sums up the steps' statuses", () => {
    expect(overallReviewStatus([])).toBe("not_reviewed");
    expect(overallReviewStatus([null, null, null, null, null])).toBe("not_reviewed");
    expect(overallReviewStatus(["reviewed", null])).toBe("in_review");
    expect(overallReviewStatus(["reviewed", "reviewed", "reviewed", "reviewed", "reviewed"])).toBe("reviewed");
    expect(overallReviewStatus(["reviewed", "reviewed", "changes_requested", "reviewed", "reviewed"])).toBe("changes_requested");
  });
});
