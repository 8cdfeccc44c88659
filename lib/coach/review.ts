import { COACH_AREAS, type CoachArea, type CoachPlan, type CoachRule, type CoachWeight, type Finding } from "./model";
import { COACH_RULES } from "./rules";

// The coach's verdict: every rule's findings, minus those the team set aside, and a score out
// of 100 that is the weighted share of checks passed. A dismissed finding counts as passed:
// the team looked at it and said why it does not apply.

export interface Dismissal {
  rule: string;
  subject: string;
  reason: string;
  /** Who set it aside; null once their account is gone. */
  dismissedBy: string | null;
  createdAt: Date;
}

export interface CoachFinding extends Finding {
  rule: string;
  area: CoachArea;
  weight: CoachWeight;
  /** Set when the team set this finding aside. */
  dismissal: Dismissal | null;
}

export interface AreaScore {
  area: CoachArea;
  /** Null when nothing in this part of the plan can be checked yet. */
  score: number | null;
  open: number;
}

export interface CoachReview {
  score: number;
  areas: AreaScore[];
  /** Open findings: heaviest first, then in the rules' order. */
  findings: CoachFinding[];
  dismissed: CoachFinding[];
  /** How many rules ran: the coach's reach, for the page's lead. */
  ruleCount: number;
}

const dismissalKey = (rule: string, subject: string) => `${rule}\n${subject}`;

interface RuleOutcome {
  rule: CoachRule;
  checked: number;
  open: number;
}

function weightedShare(outcomes: readonly RuleOutcome[]): number | null {
  const applicable = outcomes.filter((o) => o.checked > 0);
  const total = applicable.reduce((sum, o) => sum + o.rule.weight, 0);
  if (!total) return null;
  const passed = applicable.reduce((sum, o) => sum + (o.rule.weight * (o.checked - Math.min(o.open, o.checked))) / o.checked, 0);
  return Math.round((passed * 100) / total);
}

export function reviewPlan(plan: CoachPlan, dismissals: readonly Dismissal[], rules: readonly CoachRule[] = COACH_RULES): CoachReview {
  const dismissed = new Map(dismissals.map((d) => [dismissalKey(d.rule, d.subject), d]));
  const outcomes: RuleOutcome[] = [];
  const open: CoachFinding[] = [];
  const setAside: CoachFinding[] = [];
  for (const rule of rules) {
    const { checked, findings } = rule.check(plan);
    let openCount = 0;
    for (const finding of findings) {
      const dismissal = dismissed.get(dismissalKey(rule.id, finding.subject)) ?? null;
      const entry = { ...finding, rule: rule.id, area: rule.area, weight: rule.weight, dismissal };
      if (dismissal) setAside.push(entry);
      else {
        open.push(entry);
        openCount++;
      }
    }
    outcomes.push({ rule, checked, open: openCount });
  }
  const areas = COACH_AREAS.map((area) => {
    const inArea = outcomes.filter((o) => o.rule.area === area);
    return { area, score: weightedShare(inArea), open: inArea.reduce((sum, o) => sum + o.open, 0) };
  });
  return {
    score: weightedShare(outcomes) ?? 0,
    areas,
    // sort is stable: equal weights keep the rules' order.
    findings: open.sort((a, b) => b.weight - a.weight),
    dismissed: setAside,
    ruleCount: rules.length,
  };
}
