import { compareBestWorst, type BestWorstComparison } from "./best-vs-worst";
import { concentration, type Concentration } from "./concentration";
import type { CustomerSummary } from "./customer-summary";
import { scoreCustomers } from "./rfm";
import { draftFromSegment, type PersonaDraft } from "./segment-persona";
import { segmentStats, type SegmentStats } from "./segment-stats";
import { SEGMENTS, type Segment } from "./segments";

/** Everything the customers page and a persona draft read from the stored purchases. */
export interface CustomerOverview {
  customers: number;
  revenueCents: number;
  segments: SegmentStats[];
  concentration: Concentration;
  comparison: BestWorstComparison;
  /** What a persona drafted from each non-empty segment would hold. */
  drafts: Partial<Record<Segment, PersonaDraft>>;
}

/** Scores the customers once as of `today` (an ISO day the caller passes in) and derives the rest from that. */
export function customerOverview(summaries: readonly CustomerSummary[], today: string): CustomerOverview {
  const scored = scoreCustomers(summaries, today);
  const segments = segmentStats(scored);
  return {
    customers: scored.length,
    revenueCents: summaries.reduce((sum, c) => sum + c.revenueCents, 0),
    segments,
    concentration: concentration(summaries),
    comparison: compareBestWorst(scored),
    drafts: Object.fromEntries(
      SEGMENTS.filter((segment) => segments.find((s) => s.segment === segment)!.customers > 0).map((segment) => [
        segment,
        draftFromSegment(scored, segment),
      ]),
    ),
  };
}
