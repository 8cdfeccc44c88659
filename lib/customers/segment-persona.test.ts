import { describe, expect, it } from "vitest";
import type { TraitColumn } from "./purchase-line";
import type { ScoredCustomer } from "./rfm";
import { DOMINANT_SHARE, draftFromSegment } from "./segment-persona";
import type { Segment } from "./segments";

function member(
  customerId: string,
  segment: Segment,
  traits: Partial<Record<TraitColumn, string | null>>,
  daysSinceLast = 10,
): ScoredCustomer {
  return {
    customerId,
    firstDate: "2024-01-01",
    lastDate: "2025-06-01",
    orders: 2,
    revenueCents: 5_000,
    traits,
    daysSinceLast,
    r: 4,
    f: 4,
    m: 4,
    segment,
  };
}

describe("draftFromSegment", () => {
  const scored = [
    member("a", "best", { city: "Sevilla", channel: "shop", gender: "f", age: "30" }, 4),
    member("b", "best", { city: "Sevilla", channel: "online", gender: "m", age: "34" }, 8),
    member("c", "best", { city: "Madrid", channel: "phone", gender: "", age: "45" }, 20),
    member("d", "best", { city: null, channel: "email", age: "51" }, 40),
    member("e", "best", { city: "Sevilla", channel: "post", age: null }, 12),
    member("z", "lost", { city: "Bilbao", age: "70" }, 400),
  ];

  it("keeps the segment's behaviour and each trait value that reaches the dominant share", () => {
    expect(draftFromSegment(scored, "best")).toEqual({
      segment: "best",
      customers: 5,
      behaviour: { daysSinceLast: 12, ordersPerCustomer: 2, revenuePerCustomerCents: 5_000 },
      // Sevilla is 3 of 5; "f" and "m" are 1 of 5 each, so gender says nothing; channels are all different.
      traits: [{ column: "city", value: "Sevilla", share: 0.6 }],
      // Ages 30, 34, 45, 51: the 25th percentile is 33, the 75th 46.5.
      ageRange: { min: 33, max: 47 },
    });
  });

  it("counts the share over the whole segment, blanks included, and keeps a share of exactly 0.4", () => {
    const fifths = ["x", "x", "y", "", ""].map((city, i) => member(`c${i}`, "loyal", { city }));
    expect(DOMINANT_SHARE).toBe(0.4);
    expect(draftFromSegment(fifths, "loyal").traits).toEqual([{ column: "city", value: "x", share: 0.4 }]);
    const thin = ["x", "", "", "", "", ""].map((city, i) => member(`c${i}`, "loyal", { city }));
    expect(draftFromSegment(thin, "loyal").traits).toEqual([]);
  });

  it("gives zeros and no traits for an empty segment", () => {
    expect(draftFromSegment(scored, "at_risk")).toEqual({
      segment: "at_risk",
      customers: 0,
      behaviour: { daysSinceLast: 0, ordersPerCustomer: 0, revenuePerCustomerCents: 0 },
      traits: [],
      ageRange: null,
    });
  });
});
