// The few descriptive statistics the customer reports need, each defined once so that every
// report (segments, best versus worst, persona drafts) means the same thing by "median".

/** Arithmetic mean; 0 for no values, so an empty segment reads as zeros rather than NaN. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) by linear interpolation between the closest ranks, as
 * PostgreSQL's `percentile_cont` computes it, so the server may compute it in SQL. Null for no values.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (upper - lower) * (position - below);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** ceil(n / 5): the customers in a top or bottom fifth. n / 5 is exact where 0.2 × n is not (0.2 × 15 > 3). */
export function fifthOf(count: number): number {
  return Math.ceil(count / 5);
}
