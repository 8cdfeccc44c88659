// Ages as the customer reports group them. A summary holds age as text (every trait does), so
// this is the one place that turns it back into a number.

import type { CustomerSummary } from "./customer-summary";

/** Codes the UI labels: under 25, 25–34, 35–44, 45–54, 55–64, 65 and over. */
export const AGE_BANDS = ["under_25", "25_34", "35_44", "45_54", "55_64", "65_plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The first age of each band after the first. */
const BAND_STARTS = [25, 35, 45, 55, 65];

export function ageBand(age: number): AgeBand {
  const index = BAND_STARTS.findIndex((start) => age < start);
  return AGE_BANDS[index === -1 ? BAND_STARTS.length : index]!;
}

/** The ages of the customers who have one, in their order. */
export function knownAges(customers: readonly Pick<CustomerSummary, "traits">[]): number[] {
  const ages: number[] = [];
  for (const { traits } of customers) {
    if (traits.age === null || traits.age === undefined || traits.age === "") continue;
    const age = Number(traits.age);
    if (Number.isFinite(age)) ages.push(age);
  }
  return ages;
}
