import { describe, expect, it } from "vitest";
import { concentration } from "./concentration";
import { summariseCustomers, type CustomerSummary } from "./customer-summary";
import type { PurchaseLine } from "./purchase-line";
import { dayNumber, scoreCustomers } from "./rfm";
import { samplePurchaseLines } from "./sample-purchases";
import { segmentStats } from "./segment-stats";
import { SEGMENT_RULES, SEGMENTS, segmentFor, type Score, type Segment } from "./segments";

const TODAY = "2025-06-30";

function customer(customerId: string, lastDate: string, orders: number, revenueCents: number): CustomerSummary {
  return { customerId, firstDate: lastDate, lastDate, orders, revenueCents, traits: {} };
}

// The reference the scoring is checked against, written from the documented rules with no
// sorting at all: count the customers each one beats, and compare 5·beaten with n·k.
interface Truth {
  days: number;
  orders: number;
  revenueCents: number;
}

function truthFromLines(lines: readonly PurchaseLine[]): Map<string, Truth> {
  const linesByCustomer = new Map<string, PurchaseLine[]>();
  for (const line of lines) linesByCustomer.set(line.customerId, [...(linesByCustomer.get(line.customerId) ?? []), line]);
  const truths = new Map<string, Truth>();
  for (const [id, own] of linesByCustomer) {
    const latest = Math.max(...own.map((line) => Date.parse(line.date)));
    truths.set(id, {
      days: Math.round((Date.parse(TODAY) - latest) / 86_400_000),
      orders: new Set(own.map((line) => line.date)).size,
      revenueCents: own.reduce((sum, line) => sum + line.amountCents, 0),
    });
  }
  return truths;
}

function naiveScore(beaten: number, n: number): Score {
  if (5 * beaten >= 4 * n) return 5;
  if (5 * beaten >= 3 * n) return 4;
  if (5 * beaten >= 2 * n) return 3;
  if (5 * beaten >= 1 * n) return 2;
  return 1;
}

function naiveSegment(r: Score, f: Score, m: Score): Segment {
  if (r >= 4 && f >= 4 && m >= 4) return "best";
  if (r >= 3 && f >= 4) return "loyal";
  if (r >= 4 && f <= 2) return "promising";
  if (r === 3) return "needs_attention";
  if (r <= 2 && f >= 3) return "at_risk";
  if (r === 1 && f <= 2) return "lost";
  return "others";
}

describe("scoreCustomers against a naive reference", () => {
  const lines = samplePurchaseLines({ customers: 5_000, seed: 16, today: TODAY });
  const scored = scoreCustomers(summariseCustomers(lines), TODAY);
  const truths = [...truthFromLines(lines).entries()];
  const n = truths.length;
  const expected = new Map(
    truths.map(([id, own]) => {
      let recentBeaten = 0;
      let frequentBeaten = 0;
      let spendBeaten = 0;
      for (const [, other] of truths) {
        if (other.days > own.days) recentBeaten++;
        if (other.orders < own.orders) frequentBeaten++;
        if (other.revenueCents < own.revenueCents) spendBeaten++;
      }
      const [r, f, m] = [naiveScore(recentBeaten, n), naiveScore(frequentBeaten, n), naiveScore(spendBeaten, n)];
      return [id, { ...own, r, f, m, segment: naiveSegment(r, f, m) }];
    }),
  );

  it("uses data with many ties and every segment", () => {
    expect(n).toBe(5_000);
    expect(new Set(truths.map(([, t]) => t.orders)).size).toBeLessThan(100);
    expect(new Set(truths.map(([, t]) => t.revenueCents)).size).toBeLessThan(n / 2);
    expect(new Set(scored.map((c) => c.segment))).toEqual(new Set(SEGMENTS));
  });

  it("gives every customer the reference's R, F, M and segment", () => {
    const mismatches = scored.filter((c) => {
      const want = expected.get(c.customerId)!;
      return c.daysSinceLast !== want.days || c.r !== want.r || c.f !== want.f || c.m !== want.m || c.segment !== want.segment;
    });
    expect(mismatches).toEqual([]);
  });

  it("counts each segment's customers and revenue as the reference does", () => {
    const total = truths.reduce((sum, [, t]) => sum + t.revenueCents, 0);
    const stats = segmentStats(scored);
    expect(stats.map((row) => row.segment)).toEqual([...SEGMENTS]);
    for (const row of stats) {
      const members = [...expected.values()].filter((want) => want.segment === row.segment);
      const revenueCents = members.reduce((sum, want) => sum + want.revenueCents, 0);
      expect(row).toMatchObject({ customers: members.length, revenueCents });
      expect(row.revenueShare).toBeCloseTo(revenueCents / total, 12);
    }
  });

  it("finds the top fifth's share of revenue as the reference does", () => {
    const biggestFirst = truths.map(([, t]) => t.revenueCents).sort((a, b) => b - a);
    const total = biggestFirst.reduce((sum, cents) => sum + cents, 0);
    const top = biggestFirst.slice(0, 1_000).reduce((sum, cents) => sum + cents, 0);
    const result = concentration(scored);
    expect(result.topCustomers).toBe(1_000);
    expect(result.topShare).toBeCloseTo(top / total, 12);
    expect(result.curve[2]!.revenueShare).toBeCloseTo(top / total, 12);
  });
});

describe("scoreCustomers by hand", () => {
  it("scores five customers with distinct measures 1 to 5", () => {
    const scored = scoreCustomers(
      [1, 2, 3, 4, 5].map((k) => customer(`c${k}`, `2025-06-${String(30 - k).padStart(2, "0")}`, k, k * 100)),
      TODAY,
    );
    expect(scored.map((c) => [c.r, c.f, c.m])).toEqual([
      [5, 1, 1],
      [4, 2, 2],
      [3, 3, 3],
      [2, 4, 4],
      [1, 5, 5],
    ]);
  });

  it("gives equal measures equal scores, the score of the tie's worst position", () => {
    const orders = [1, 3, 1, 2, 1];
    const scored = scoreCustomers(
      orders.map((o, i) => customer(`c${i}`, "2025-06-01", o, 500)),
      TODAY,
    );
    // Three one-off buyers beat nobody; the two-order buyer beats 3 of 5, the three-order one 4 of 5.
    expect(scored.map((c) => c.f)).toEqual([1, 5, 1, 4, 1]);
    expect(new Set(scored.map((c) => `${c.r}${c.m}`))).toEqual(new Set(["11"]));
  });

  it("scores a lone customer, or customers all alike, 1 on every measure", () => {
    expect(scoreCustomers([customer("only", "2025-06-29", 4, 9_000)], TODAY)).toEqual([
      expect.objectContaining({ daysSinceLast: 1, r: 1, f: 1, m: 1, segment: "lost" }),
    ]);
    const alike = scoreCustomers(
      Array.from({ length: 12 }, (_, i) => customer(`c${i}`, "2025-01-01", 2, 1_000)),
      TODAY,
    );
    expect(new Set(alike.map((c) => `${c.r}${c.f}${c.m}${c.segment}`))).toEqual(new Set(["111lost"]));
  });

  it("handles no customers", () => {
    expect(scoreCustomers([], TODAY)).toEqual([]);
    expect(segmentStats([])).toEqual(
      SEGMENTS.map((segment) => ({
        segment,
        customers: 0,
        revenueCents: 0,
        revenueShare: 0,
        avgOrders: 0,
        avgRevenueCents: 0,
        medianDaysSinceLast: 0,
      })),
    );
    const none = concentration([]);
    expect(none.topShare).toBe(0);
    expect(none.topCustomers).toBe(0);
    expect(none.curve).toEqual(Array.from({ length: 11 }, (_, step) => ({ customersShare: step / 10, revenueShare: 0 })));
  });

  it("counts a purchase after today as made today and rejects a day that is not ISO", () => {
    expect(scoreCustomers([customer("c", "2025-07-02", 1, 1)], TODAY)[0]!.daysSinceLast).toBe(0);
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
    expect(() => scoreCustomers([customer("c", "2025-06-01", 1, 1)], "30/06/2025")).toThrow(RangeError);
  });
});

describe("segments", () => {
  it("put every score triple in the segment the written rules give, the last rule catching all", () => {
    const scores: Score[] = [1, 2, 3, 4, 5];
    for (const r of scores) for (const f of scores) for (const m of scores) expect(segmentFor(r, f, m)).toBe(naiveSegment(r, f, m));
    expect(SEGMENT_RULES.map((rule) => rule.segment)).toEqual([...SEGMENTS]);
    expect(SEGMENT_RULES.at(-1)).toEqual({ segment: "others", r: { min: 1, max: 5 }, f: { min: 1, max: 5 }, m: { min: 1, max: 5 } });
  });
});

describe("segmentStats and concentration by hand", () => {
  it("averages, takes medians and shares revenue within each segment", () => {
    const scored = scoreCustomers(
      [customer("a", "2025-06-29", 1, 100), customer("b", "2025-06-28", 1, 300), customer("c", "2024-01-01", 9, 600)],
      TODAY,
    );
    const stats = segmentStats(scored);
    const bySegment = new Map(stats.map((row) => [row.segment, row]));
    expect(scored.map((c) => c.segment)).toEqual(["promising", "others", "at_risk"]);
    expect(bySegment.get("at_risk")).toMatchObject({
      customers: 1,
      revenueCents: 600,
      revenueShare: 0.6,
      avgOrders: 9,
      medianDaysSinceLast: 546,
    });
    expect(stats.reduce((sum, row) => sum + row.revenueShare, 0)).toBeCloseTo(1, 12);
    expect(bySegment.get("best")).toMatchObject({ customers: 0, revenueShare: 0 });
  });

  it("takes whole customers for the top fifth and interpolates the curve between them", () => {
    const result = concentration([5, 50, 10, 30, 5].map((revenueCents) => ({ revenueCents })));
    expect(result.topCustomers).toBe(1);
    expect(result.topShare).toBe(0.5);
    expect(result.curve.map((point) => point.revenueShare)).toEqual(
      [0, 0.25, 0.5, 0.65, 0.8, 0.85, 0.9, 0.925, 0.95, 0.975, 1].map((share) => expect.closeTo(share, 12)),
    );
    expect(concentration(Array.from({ length: 15 }, () => ({ revenueCents: 1 }))).topCustomers).toBe(3);
  });
});
