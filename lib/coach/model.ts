import type { PlanSnapshot } from "@/db/queries/plan-overview";

// The coach reviews a whole plan against the method. Each rule is data: an id, the part of the
// plan it looks at, how much it weighs, and a pure check over one in-memory read of the plan,
// so reviewing a large plan costs the same queries as a small one (db/queries/coach.ts).

/** The parts of the plan the score is broken down by, in the wizard's order. */
export const COACH_AREAS = [
  "offerings",
  "competitors",
  "target",
  "personas",
  "value_map",
  "journey",
  "content",
  "social",
  "campaigns",
  "validation",
] as const;
export type CoachArea = (typeof COACH_AREAS)[number];

/** 3: the plan misleads without it; 2: the method asks for it; 1: polish. */
export type CoachWeight = 1 | 2 | 3;

/** A segment of the imported customers and the owner's estimate of what it could become (1–5). */
export interface CoachSegment {
  segment: string;
  potential: number | null;
}

/** Everything a rule may read: the plan's rows as stored, the customer segments' values, and the day. */
export interface CoachPlan {
  snapshot: PlanSnapshot;
  segmentValues: readonly CoachSegment[];
  /** Today as yyyy-mm-dd, passed in so no rule reads the clock. */
  today: string;
}

/**
 * Words from the plan a finding quotes: the owner's own text, or a stored name that reads in
 * the reader's language (a ready-made journey stage or channel, a customer segment's code).
 */
export type FindingText = string | { kind: "stage" | "channel" | "segment"; value: string };

/**
 * One thing to improve. `subject` identifies what it is about (a persona's id, "" for the
 * whole project) and is what a dismissal is stored under; `name` is how the reader knows it;
 * `detail` fills in the specifics (the pains left unrelieved).
 */
export interface Finding {
  subject: string;
  name: FindingText;
  detail?: FindingText;
  /** The page and field where it is fixed. */
  fieldHref: string;
}

/** What a rule found, and how many things it looked at: the share that passed is its score. */
export interface CheckResult {
  /** 0 when there is nothing for the rule to check yet; the rule then leaves the score alone. */
  checked: number;
  findings: Finding[];
}

export interface CoachRule {
  /** Stable: dismissals and messages (coach.rules.<id>) are stored under it. */
  id: string;
  area: CoachArea;
  weight: CoachWeight;
  check(plan: CoachPlan): CheckResult;
}

export type SnapshotPersona = PlanSnapshot["personas"][number];
export type SnapshotOffering = PlanSnapshot["offerings"][number];
export type SnapshotCampaign = PlanSnapshot["campaigns"][number];
export type SnapshotContentIdea = PlanSnapshot["contentIdeas"][number];
export type SnapshotSocialPlan = PlanSnapshot["socialPlans"][number];

/** A rule that checks each item of a list: `failing` says whether one is a finding, and which. */
export function eachItem<T>(items: readonly T[], failing: (item: T, index: number) => Finding | null): CheckResult {
  const findings = items.flatMap((item, index) => failing(item, index) ?? []);
  return { checked: items.length, findings };
}

/** A rule about the plan as a whole: checked once when `applies`, failing with `finding`. */
export function wholePlan(applies: boolean, finding: Finding | null): CheckResult {
  if (!applies) return { checked: 0, findings: [] };
  return { checked: 1, findings: finding ? [finding] : [] };
}

export const isBlank = (value: string | null | undefined) => !value || value.trim() === "";
export const textKey = (value: string) => value.trim().toLocaleLowerCase();
