import { describe, expect, it } from "vitest";
import { compareBestWorst, pickBestWorst, type AgeComparison, type CategoricalComparison } from "./best-vs-worst";
import { summariseCustomers } from "./customer-summary";
import { scoreCustomers, type ScoredCustomer } from "./rfm";
import { pick, samplePurchaseLines } from "./sample-purchases";
import { segmentStats } from "./segment-stats";
import type { Score, Segment } from "./segments";

const TODAY = "2025-06-30";

function scoredCustomer(customerId: string, scores: [Score, Score, Score], more: Partial<ScoredCustomer> = {}): ScoredCustomer {
  const [r, f, m] = scores;
  return {
    customerId,
    firstDate: "2025-01-01",
    lastDate: "2025-06-01",
    orders: f,
    revenueCents: m * 100,
    traits: {},
    daysSinceLast: 29,
    r,
    f,
    m,
    segment: "others",
    ...more,
  };
}

describe("compareBestWorst", () => {
  // Engaged customers (who end up best) mostly buy in the shop and live in Sevilla; the
  // disengaged (who end up lost) mostly buy online. Product and gender are left to chance.
  const lines = samplePurchaseLines({
    customers: 3_000,
    seed: 7,
    today: TODAY,
    traits: (engagement, random) => ({
      product: pick(random, ["guitar", "strings", "amp"]),
      channel: random() < 0.85 ? (engagement > 0.5 ? "shop" : "online") : pick(random, ["shop", "online", "phone"]),
      city: engagement > 0.5 && random() < 0.6 ? "Sevilla" : pick(random, ["Madrid", "Valencia", "Bilbao", "Sevilla"]),
      age: null,
      gender: pick(random, ["f", "m"]),
      company: null,
    }),
  });
  const scored = scoreCustomers(summariseCustomers(lines), TODAY);
  const comparison = compareBestWorst(scored);

  it("compares the best segment with the lost one", () => {
    const rows = new Map(segmentStats(scored).map((row) => [row.segment, row]));
    const { source: bestSource, ...best } = comparison.best;
    const { source: worstSource, ...worst } = comparison.worst;
    expect([bestSource, worstSource]).toEqual(["segment", "segment"]);
    expect(rows.get("best")).toMatchObject(best);
    expect(rows.get("lost")).toMatchObject(worst);
    expect(comparison.best.customers).toBeGreaterThan(100);
    expect(comparison.worst.customers).toBeGreaterThan(100);
    expect(comparison.best.avgOrders).toBeGreaterThan(comparison.worst.avgOrders);
    expect(comparison.best.medianDaysSinceLast).toBeLessThan(comparison.worst.medianDaysSinceLast);
  });

  it("leads with the planted channel, then the planted city, and finds little in the rest", () => {
    expect(comparison.traits.map((trait) => trait.column)).toEqual(["channel", "city", expect.any(String), expect.any(String)]);
    const [channel, city, ...rest] = comparison.traits as CategoricalComparison[];
    expect(channel!.gap).toBeGreaterThan(0.7);
    expect(channel!.values.slice(0, 2).map((row) => row.value)).toEqual(["online", "shop"]);
    expect(channel!.values.find((row) => row.value === "shop")!.bestShare).toBeGreaterThan(0.8);
    expect(channel!.values.find((row) => row.value === "online")!.worstShare).toBeGreaterThan(0.8);
    expect(city!.values[0]).toMatchObject({ value: "Sevilla" });
    expect(city!.gap).toBeGreaterThan(0.3);
    for (const trait of rest) expect(trait.gap).toBeLessThan(0.1);
  });

  it("lists at most five values, and shares that add up to 1 per group", () => {
    const wide = compareBestWorst(
      Array.from({ length: 20 }, (_, i) =>
        scoredCustomer(`c${i}`, [3, 3, 3], { segment: i < 10 ? "best" : "lost", traits: { city: `city${i % 7}` } }),
      ),
    );
    const [city] = wide.traits as CategoricalComparison[];
    expect(city!.values).toHaveLength(5);
    expect(city!.bestKnown).toBe(10);
    expect(city!.gap).toBeCloseTo(0.3, 12);
  });

  it("falls back to the fifths by R + F + M, ties going by revenue then id, when both segments are empty", () => {
    const scores: [Score, Score, Score][] = [
      [5, 5, 5],
      [3, 3, 3],
      [5, 5, 4],
      [1, 1, 2],
      [2, 2, 2],
      [3, 3, 3],
      [1, 2, 1],
      [4, 4, 4],
      [1, 1, 1],
      [3, 3, 3],
    ];
    const { best, worst } = pickBestWorst(scores.map((triple, i) => scoredCustomer(`c${i}`, triple)));
    expect(best).toEqual({
      customers: [expect.objectContaining({ customerId: "c0" }), expect.objectContaining({ customerId: "c2" })],
      source: "rfm_sum",
    });
    // c3 and c6 both sum to 4; c6 earns less (M = 1), so it is the lower of the two.
    expect(worst.customers.map((c) => c.customerId)).toEqual(["c8", "c6"]);

    const alike = pickBestWorst(["e", "b", "d", "a", "c"].map((id) => scoredCustomer(id, [2, 2, 2])));
    expect([alike.best.customers.map((c) => c.customerId), alike.worst.customers.map((c) => c.customerId)]).toEqual([["a"], ["b"]]);
  });

  it("keeps the groups apart when every customer is lost, and handles no customers", () => {
    const lost = Array.from({ length: 10 }, (_, i) => scoredCustomer(`c${i}`, [1, 1, 1], { segment: "lost", traits: { city: "Madrid" } }));
    const allLost = compareBestWorst(lost);
    expect(allLost.best).toMatchObject({ customers: 0, source: "rfm_sum", avgOrders: 0 });
    expect(allLost.worst).toMatchObject({ customers: 10, source: "segment" });
    expect(allLost.traits).toEqual([
      {
        kind: "categorical",
        column: "city",
        gap: 0,
        bestKnown: 0,
        worstKnown: 10,
        values: [{ value: "Madrid", bestShare: 0, worstShare: 1 }],
      },
    ]);

    const none = compareBestWorst([]);
    expect(none.best).toEqual({ customers: 0, avgOrders: 0, avgRevenueCents: 0, medianDaysSinceLast: 0, source: "rfm_sum" });
    expect(none.worst.customers).toBe(0);
    expect(none.traits).toEqual([]);
  });

  it("compares ages by median, mean and band", () => {
    const withAge = (id: string, segment: Segment, age: string | null) => scoredCustomer(id, [3, 3, 3], { segment, traits: { age } });
    const result = compareBestWorst([
      withAge("b1", "best", "30"),
      withAge("b2", "best", "40"),
      withAge("b3", "best", "41"),
      withAge("b4", "best", null),
      withAge("w1", "lost", "19"),
      withAge("w2", "lost", "66"),
    ]);
    const [age] = result.traits as AgeComparison[];
    expect(age).toMatchObject({
      kind: "age",
      bestKnown: 3,
      worstKnown: 2,
      best: { median: 40, mean: 37 },
      worst: { median: 42.5, mean: 42.5 },
    });
    expect(age!.bands.map((row) => [row.band, row.bestShare, row.worstShare])).toEqual([
      ["under_25", 0, 0.5],
      ["25_34", 1 / 3, 0],
      ["35_44", 2 / 3, 0],
      ["45_54", 0, 0],
      ["55_64", 0, 0],
      ["65_plus", 0, 0.5],
    ]);
    expect(age!.gap).toBeCloseTo(1, 12);
  });
});
