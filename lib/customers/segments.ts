// The named RFM segments as data, so that the UI can explain why a customer is in one (and
// label each code in its own language) from the same rules that put them there.

/** The segments in their fixed order: the order reports list them in and the rules are tried in. */
export const SEGMENTS = ["best", "loyal", "promising", "needs_attention", "at_risk", "lost", "others"] as const;
export type Segment = (typeof SEGMENTS)[number];

/** A quintile score: 5 is the best fifth (most recent, most frequent, highest spend), 1 the worst. */
export type Score = 1 | 2 | 3 | 4 | 5;

/** Both ends included; { min: 1, max: 5 } means the score does not matter. */
export interface ScoreRange {
  min: Score;
  max: Score;
}

export interface SegmentRule {
  segment: Segment;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

const ANY: ScoreRange = { min: 1, max: 5 };

/**
 * A customer belongs to the first rule whose three ranges hold their scores; the last rule
 * holds every customer. Written out, given the rules above each:
 * - best: R ≥ 4, F ≥ 4, M ≥ 4.
 * - loyal: R ≥ 3, F ≥ 4. Buying often and not gone quiet; a frequent buyer with R ≤ 2 is at risk instead.
 * - promising: R ≥ 4, F ≤ 2. Recent, but few purchases yet.
 * - needs_attention: R = 3 (so F ≤ 3). Slipping from recent to lapsed.
 * - at_risk: R ≤ 2, F ≥ 3. Used to buy often, not lately.
 * - lost: R = 1, F ≤ 2. Few purchases, long ago.
 * - others: the rest, which is R ≥ 4 with F = 3 and R = 2 with F ≤ 2.
 */
export const SEGMENT_RULES: readonly SegmentRule[] = [
  { segment: "best", r: { min: 4, max: 5 }, f: { min: 4, max: 5 }, m: { min: 4, max: 5 } },
  { segment: "loyal", r: { min: 3, max: 5 }, f: { min: 4, max: 5 }, m: ANY },
  { segment: "promising", r: { min: 4, max: 5 }, f: { min: 1, max: 2 }, m: ANY },
  { segment: "needs_attention", r: { min: 3, max: 3 }, f: ANY, m: ANY },
  { segment: "at_risk", r: { min: 1, max: 2 }, f: { min: 3, max: 5 }, m: ANY },
  { segment: "lost", r: { min: 1, max: 1 }, f: { min: 1, max: 2 }, m: ANY },
  { segment: "others", r: ANY, f: ANY, m: ANY },
];

export function segmentFor(r: Score, f: Score, m: Score): Segment {
  const rule = SEGMENT_RULES.find((rule) => holds(rule.r, r) && holds(rule.f, f) && holds(rule.m, m));
  // The last rule accepts every score, so find() only misses if someone edits it away.
  return rule?.segment ?? "others";
}

function holds(range: ScoreRange, score: Score): boolean {
  return range.min <= score && score <= range.max;
}
