// RFM scoring: how recently, how often and how much each customer buys, each as a quintile
// score from 1 to 5 relative to the project's other customers, and the segment those scores
// put them in. Pure and clock-free: the caller says what day "today" is.

import type { CustomerSummary } from "./customer-summary";
import { segmentFor, type Score, type Segment } from "./segments";

export interface ScoredCustomer extends CustomerSummary {
  /** Whole days from lastDate to today; 0 when lastDate is today or later. */
  daysSinceLast: number;
  r: Score;
  f: Score;
  m: Score;
  segment: Segment;
}

/**
 * Scores each customer, in the order given.
 *
 * Each score is the fifth of the customers that this one beats:
 *   score = 1 + floor(5 × w / n)
 * where n is the number of customers and w the number whose measure is strictly worse
 * (R: more days since the last purchase; F: fewer orders; M: less revenue). So R = 5 means
 * more recent than at least 80% of the customers, and R = 1 more recent than under 20%.
 *
 * Customers with equal measures beat the same customers and so get the same score, whatever
 * their ids; equivalently, sort worst first and give every tie the position of the first
 * customer with that value. Ties take the lower score on purpose: most shops' customers
 * mostly buy once, and if those one-off buyers shared the score of the better end of their
 * tie, half the file would read as frequent buyers. The cost is that with no spread at all
 * (one customer, or every customer alike) nobody beats anyone and every score is 1.
 */
export function scoreCustomers(customers: readonly CustomerSummary[], today: string): ScoredCustomer[] {
  const todayNumber = dayNumber(today);
  const days = customers.map((customer) => Math.max(0, todayNumber - dayNumber(customer.lastDate)));
  // Fewer days is better, so recency scores the negated days.
  const r = quintileScores(days.map((d) => -d));
  const f = quintileScores(customers.map((customer) => customer.orders));
  const m = quintileScores(customers.map((customer) => customer.revenueCents));
  // Field by field rather than a spread, so that extra columns of the server's rows do not
  // ride along into the reports and every row has the same shape.
  return customers.map(({ customerId, firstDate, lastDate, orders, revenueCents, traits }, i) => {
    const [rScore, fScore, mScore] = [r[i]!, f[i]!, m[i]!];
    const segment = segmentFor(rScore, fScore, mScore);
    return {
      customerId,
      firstDate,
      lastDate,
      orders,
      revenueCents,
      traits,
      daysSinceLast: days[i]!,
      r: rScore,
      f: fScore,
      m: mScore,
      segment,
    };
  });
}

/** 1 + floor(5 × w / n) for each value, w counting the values strictly below it. Higher values are better. */
export function quintileScores(values: readonly number[]): Score[] {
  const n = values.length;
  const worstFirst = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const scores = new Array<Score>(n);
  let worse = 0;
  for (let k = 0; k < n; k++) {
    const index = worstFirst[k]!;
    if (k > 0 && values[index] !== values[worstFirst[k - 1]!]) worse = k;
    // 5·w and n are exact integers, so the floor never suffers a rounding error.
    scores[index] = (1 + Math.floor((5 * worse) / n)) as Score;
  }
  return scores;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO day, counted in UTC so that no time zone or DST shifts it. */
export function dayNumber(isoDay: string): number {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new RangeError(`Not an ISO day: ${isoDay}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}
