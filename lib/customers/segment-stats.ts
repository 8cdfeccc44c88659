// What each segment is worth and how it behaves: the table the customers report opens with,
// and the behaviour figures the best-versus-worst comparison and persona drafts reuse.

import type { ScoredCustomer } from "./rfm";
import { SEGMENTS, type Segment } from "./segments";
import { mean, median } from "./stats";

/** How a group of customers buys. Every figure is 0 for an empty group. */
export interface GroupBehaviour {
  customers: number;
  /** Mean orders (distinct purchase days) per customer. */
  avgOrders: number;
  /** Mean revenue per customer, in cents, not rounded. */
  avgRevenueCents: number;
  /** Median days since the last purchase; the mean of the middle two for an even count. */
  medianDaysSinceLast: number;
}

export interface SegmentStats extends GroupBehaviour {
  segment: Segment;
  revenueCents: number;
  /** The segment's share of all customers' revenue, 0..1; 0 when there is no revenue. */
  revenueShare: number;
}

type Behaving = Pick<ScoredCustomer, "orders" | "revenueCents" | "daysSinceLast">;

export function groupBehaviour(customers: readonly Behaving[]): GroupBehaviour {
  return {
    customers: customers.length,
    avgOrders: mean(customers.map((customer) => customer.orders)),
    avgRevenueCents: mean(customers.map((customer) => customer.revenueCents)),
    medianDaysSinceLast: median(customers.map((customer) => customer.daysSinceLast)) ?? 0,
  };
}

/** One row per segment in SEGMENTS order, empty segments included, so the table's shape never changes. */
export function segmentStats(scored: readonly ScoredCustomer[]): SegmentStats[] {
  const members = new Map<Segment, ScoredCustomer[]>(SEGMENTS.map((segment) => [segment, []]));
  let totalRevenueCents = 0;
  for (const customer of scored) {
    members.get(customer.segment)!.push(customer);
    totalRevenueCents += customer.revenueCents;
  }
  return SEGMENTS.map((segment) => {
    const customers = members.get(segment)!;
    const revenueCents = customers.reduce((sum, customer) => sum + customer.revenueCents, 0);
    return {
      segment,
      ...groupBehaviour(customers),
      revenueCents,
      revenueShare: totalRevenueCents > 0 ? revenueCents / totalRevenueCents : 0,
    };
  });
}
