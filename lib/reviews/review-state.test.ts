import { expect, it } from "vitest";
import { reviewState } from "./review-state";

it("shows one review state per step: changes requested until the mentor answers, ready again on top of it", () => {
  expect(reviewState(undefined)).toBe("none");
  expect(reviewState({ status: "changes_requested", ready: null })).toBe("changes_requested");
  expect(reviewState({ status: "changes_requested", ready: { note: "" } })).toBe("ready_again");
  expect(reviewState({ status: "reviewed", ready: null })).toBe("reviewed");
});
