// What the data can say about a segment's typical customer, as a starting point for a persona.
// Codes and numbers only: the server maps them onto persona fields and the UI words them.

import { knownAges } from "./age-bands";
import { TEXT_TRAIT_COLUMNS, traitValues, type TextTraitColumn } from "./customer-summary";
import type { ScoredCustomer } from "./rfm";
import { groupBehaviour } from "./segment-stats";
import type { Segment } from "./segments";
import { quantile } from "./stats";
import { countValues, mostFrequent } from "./value-counts";

/** A trait value goes into the draft only when at least this share of the segment has it. */
export const DOMINANT_SHARE = 0.4;

export interface DominantTrait {
  column: TextTraitColumn;
  value: string;
  /** Of all the segment's customers, blanks included: a value most customers leave blank does not describe them. */
  share: number;
}

export interface PersonaDraft {
  segment: Segment;
  customers: number;
  behaviour: {
    /** Median days since the last purchase. */
    daysSinceLast: number;
    /** Mean orders (distinct purchase days). */
    ordersPerCustomer: number;
    revenuePerCustomerCents: number;
  };
  /** Per text trait, in TRAIT_COLUMNS order, its most frequent value when that reaches DOMINANT_SHARE. */
  traits: DominantTrait[];
  /**
   * The middle half of the known ages: the 25th percentile rounded down to the 75th rounded up
   * (percentiles as percentile_cont computes them). Null when no customer of the segment has an age.
   */
  ageRange: { min: number; max: number } | null;
}

export function draftFromSegment(scored: readonly ScoredCustomer[], segment: Segment): PersonaDraft {
  const members = scored.filter((customer) => customer.segment === segment);
  const behaviour = groupBehaviour(members);
  return {
    segment,
    customers: members.length,
    behaviour: {
      daysSinceLast: behaviour.medianDaysSinceLast,
      ordersPerCustomer: behaviour.avgOrders,
      revenuePerCustomerCents: behaviour.avgRevenueCents,
    },
    traits: TEXT_TRAIT_COLUMNS.flatMap((column) => dominantTrait(members, column) ?? []),
    ageRange: middleAges(members),
  };
}

function dominantTrait(members: readonly ScoredCustomer[], column: TextTraitColumn): DominantTrait | null {
  const top = mostFrequent(countValues(traitValues(members, column)));
  if (!top) return null;
  const share = top.count / members.length;
  return share >= DOMINANT_SHARE ? { column, value: top.value, share } : null;
}

function middleAges(members: readonly ScoredCustomer[]): { min: number; max: number } | null {
  const ages = knownAges(members);
  const low = quantile(ages, 0.25);
  const high = quantile(ages, 0.75);
  return low === null || high === null ? null : { min: Math.floor(low), max: Math.ceil(high) };
}
