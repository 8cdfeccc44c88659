import type { CoachRule } from "./model";
import { ACTION_RULES } from "./rules-actions";
import { MARKET_RULES } from "./rules-market";
import { PERSONA_RULES } from "./rules-personas";
import { VALIDATION_RULES } from "./rules-validation";
import { VALUE_RULES } from "./rules-value";

/** Every check the coach runs, in the wizard's order; messages live under coach.rules.<id>. */
export const COACH_RULES: readonly CoachRule[] = [...MARKET_RULES, ...PERSONA_RULES, ...VALUE_RULES, ...ACTION_RULES, ...VALIDATION_RULES];

export type CoachRuleId = string;

export function isCoachRule(id: string): boolean {
  return COACH_RULES.some((rule) => rule.id === id);
}
