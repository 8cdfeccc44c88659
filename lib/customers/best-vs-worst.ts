// What sets the best customers apart from the worst: the question customer profiling asks
// before applying the answer to prospects. Traits come back most telling first, so the report
// can lead with them.

import { AGE_BANDS, ageBand, knownAges, type AgeBand } from "./age-bands";
import { TEXT_TRAIT_COLUMNS, traitValues, type TextTraitColumn } from "./customer-summary";
import type { ScoredCustomer } from "./rfm";
import type { Segment } from "./segments";
import { groupBehaviour, type GroupBehaviour } from "./segment-stats";
import { fifthOf, mean, median } from "./stats";
import { compareCodePoints, countValues } from "./value-counts";

/** How many values of a text trait the comparison lists. */
export const COMPARED_VALUES = 5;

/**
 * "segment": the best (or lost) segment. "rfm_sum": that segment was empty, so the group is the
 * fifth of customers (ceil(n / 5) of all n) with the highest (or lowest) R + F + M.
 */
export type GroupSource = "segment" | "rfm_sum";

export interface ComparedGroup extends GroupBehaviour {
  source: GroupSource;
}

export interface ValueShares {
  value: string;
  bestShare: number;
  worstShare: number;
}

/**
 * A text trait. Shares are among the group's customers who have a value for it (bestKnown,
 * worstKnown), so a trait the file often leaves blank still compares like with like; the
 * counts let the UI warn when they are few.
 */
export interface CategoricalComparison {
  kind: "categorical";
  column: TextTraitColumn;
  /**
   * Total variation distance between the two groups' shares over all values, 0..1: 0 when the
   * groups are alike, 1 when they share no value. 0 when either group has no value at all.
   */
  gap: number;
  bestKnown: number;
  worstKnown: number;
  /** The COMPARED_VALUES values whose shares differ most; a tie goes to the first in code-point order. */
  values: ValueShares[];
}

export interface AgeStats {
  /** Null when no customer of the group has an age. */
  median: number | null;
  mean: number | null;
}

export interface BandShares {
  band: AgeBand;
  bestShare: number;
  worstShare: number;
}

export interface AgeComparison {
  kind: "age";
  column: "age";
  /** Total variation distance over the age bands, defined as for a text trait. */
  gap: number;
  bestKnown: number;
  worstKnown: number;
  best: AgeStats;
  worst: AgeStats;
  /** Every band, youngest first. */
  bands: BandShares[];
}

export type TraitComparison = CategoricalComparison | AgeComparison;

export interface BestWorstComparison {
  best: ComparedGroup;
  worst: ComparedGroup;
  /** Each trait that either group has a value for, by gap, largest first; equal gaps in TRAIT_COLUMNS order. */
  traits: TraitComparison[];
}

/**
 * Best: the best segment, or when it is empty the top fifth by R + F + M among customers not
 * lost. Worst: the lost segment, or when it is empty the bottom fifth among customers not
 * picked as best, so that the groups never overlap. A fifth breaks ties in R + F + M by
 * revenue, the bigger spender ranking better, then by customerId in code-point order.
 */
export function compareBestWorst(scored: readonly ScoredCustomer[]): BestWorstComparison {
  const { best, worst } = pickBestWorst(scored);
  const traits: TraitComparison[] = [];
  for (const column of TEXT_TRAIT_COLUMNS) {
    const comparison = compareText(column, best.customers, worst.customers);
    if (comparison) traits.push(comparison);
  }
  const age = compareAge(best.customers, worst.customers);
  if (age) traits.push(age);
  // Array.prototype.sort is stable, so equal gaps keep the columns' order.
  traits.sort((a, b) => b.gap - a.gap);
  return {
    best: { ...groupBehaviour(best.customers), source: best.source },
    worst: { ...groupBehaviour(worst.customers), source: worst.source },
    traits,
  };
}

export interface PickedGroup {
  customers: ScoredCustomer[];
  source: GroupSource;
}

/** The customers compareBestWorst compares, by the rules given there; for listing them by name. */
export function pickBestWorst(scored: readonly ScoredCustomer[]): { best: PickedGroup; worst: PickedGroup } {
  const best = segmentOrFifth(scored, "best", (customer) => customer.segment !== "lost", -1);
  const inBest = new Set(best.customers);
  const worst = segmentOrFifth(scored, "lost", (customer) => !inBest.has(customer), 1);
  return { best, worst };
}

/** The segment's customers, or when it has none the fifth of all customers that rank first among those eligible. */
function segmentOrFifth(
  scored: readonly ScoredCustomer[],
  segment: Segment,
  eligible: (customer: ScoredCustomer) => boolean,
  direction: 1 | -1,
): PickedGroup {
  const members = scored.filter((customer) => customer.segment === segment);
  if (members.length > 0) return { customers: members, source: "segment" };
  return { customers: rankByRfm(scored.filter(eligible), direction).slice(0, fifthOf(scored.length)), source: "rfm_sum" };
}

/** Lowest R + F + M first for direction 1, highest first for -1; customerId ascending either way. */
function rankByRfm(pool: ScoredCustomer[], direction: 1 | -1): ScoredCustomer[] {
  const sum = (customer: ScoredCustomer) => customer.r + customer.f + customer.m;
  return pool.sort(
    (a, b) => direction * (sum(a) - sum(b) || a.revenueCents - b.revenueCents) || compareCodePoints(a.customerId, b.customerId),
  );
}

function compareText(
  column: TextTraitColumn,
  best: readonly ScoredCustomer[],
  worst: readonly ScoredCustomer[],
): CategoricalComparison | null {
  const bestValues = traitValues(best, column);
  const worstValues = traitValues(worst, column);
  if (bestValues.length + worstValues.length === 0) return null;
  const bestShares = shares(bestValues);
  const worstShares = shares(worstValues);
  const rows = [...new Set([...bestShares.keys(), ...worstShares.keys()])].map((value) => ({
    value,
    bestShare: bestShares.get(value) ?? 0,
    worstShare: worstShares.get(value) ?? 0,
  }));
  rows.sort((a, b) => difference(b) - difference(a) || compareCodePoints(a.value, b.value));
  return {
    kind: "categorical",
    column,
    gap: gapOf(rows, bestValues.length, worstValues.length),
    bestKnown: bestValues.length,
    worstKnown: worstValues.length,
    values: rows.slice(0, COMPARED_VALUES),
  };
}

function compareAge(best: readonly ScoredCustomer[], worst: readonly ScoredCustomer[]): AgeComparison | null {
  const bestAges = knownAges(best);
  const worstAges = knownAges(worst);
  if (bestAges.length + worstAges.length === 0) return null;
  const bestShares = shares(bestAges.map(ageBand));
  const worstShares = shares(worstAges.map(ageBand));
  const bands = AGE_BANDS.map((band) => ({ band, bestShare: bestShares.get(band) ?? 0, worstShare: worstShares.get(band) ?? 0 }));
  return {
    kind: "age",
    column: "age",
    gap: gapOf(bands, bestAges.length, worstAges.length),
    bestKnown: bestAges.length,
    worstKnown: worstAges.length,
    best: ageStats(bestAges),
    worst: ageStats(worstAges),
    bands,
  };
}

function shares(values: readonly string[]): Map<string, number> {
  const counts = countValues(values);
  return new Map([...counts].map(([value, count]) => [value, count / values.length]));
}

function difference(row: { bestShare: number; worstShare: number }): number {
  return Math.abs(row.bestShare - row.worstShare);
}

/** Total variation distance: half the summed differences, over every value rather than the listed few. */
function gapOf(rows: readonly { bestShare: number; worstShare: number }[], bestKnown: number, worstKnown: number): number {
  if (bestKnown === 0 || worstKnown === 0) return 0;
  // Rounding can push the sum of shares a hair past 1; the gap is promised within 0..1.
  return Math.min(1, rows.reduce((sum, row) => sum + difference(row), 0) / 2);
}

function ageStats(ages: readonly number[]): AgeStats {
  return { median: median(ages), mean: ages.length > 0 ? mean(ages) : null };
}
