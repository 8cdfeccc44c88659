// How much of the revenue the biggest customers bring: the "top 20% bring X%" headline and
// the curve behind it.

import type { CustomerSummary } from "./customer-summary";
import { fifthOf } from "./stats";

export interface ConcentrationPoint {
  /** Share of customers, biggest first: 0, 0.1, … 1. */
  customersShare: number;
  /** Share of all revenue those customers bring, 0..1. */
  revenueShare: number;
}

export interface Concentration {
  /** Share of revenue from the topCustomers biggest customers; 0 without revenue. */
  topShare: number;
  /** ceil(0.2 × n): whole customers, so with 3 customers the top is 1 of them. */
  topCustomers: number;
  /** 11 points, 0% to 100% of the customers, for a Lorenz-style chart. */
  curve: ConcentrationPoint[];
}

const CURVE_STEPS = 10;

/**
 * The curve counts customers from the biggest down, so it rises steeply when a few customers
 * bring most of the revenue. Between whole customers it is linear, as a Lorenz curve is:
 * at 10% of 15 customers it holds the first customer and half the second. So the point at 20%
 * equals topShare only when 0.2 × n is whole; topShare always counts whole customers because
 * the report names them.
 */
export function concentration(customers: readonly Pick<CustomerSummary, "revenueCents">[]): Concentration {
  const n = customers.length;
  const biggestFirst = customers.map((customer) => customer.revenueCents).sort((a, b) => b - a);
  const cumulative = [0];
  for (const revenue of biggestFirst) cumulative.push(cumulative[cumulative.length - 1]! + revenue);
  const total = cumulative[n]!;
  const shareOf = (cents: number) => (total > 0 ? cents / total : 0);

  const topCustomers = fifthOf(n);
  const curve = Array.from({ length: CURVE_STEPS + 1 }, (_, step) => {
    const position = (step * n) / CURVE_STEPS;
    const whole = Math.floor(position);
    const partial = whole < n ? (position - whole) * biggestFirst[whole]! : 0;
    return { customersShare: step / CURVE_STEPS, revenueShare: shareOf(cumulative[whole]! + partial) };
  });
  return { topShare: shareOf(cumulative[topCustomers]!), topCustomers, curve };
}
