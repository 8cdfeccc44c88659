import type { CampaignOverview, MoneyTotal, PlanOverview, StepStatus } from "@/db/queries/plan-overview-model";
import { formatDecisionRoles } from "@/lib/validation/decision-roles";
import { birthYearsMessage } from "@/lib/validation/demographics-step";
import type { DecisionRole } from "@/lib/validation/personas-step";
import { channelName } from "@/lib/wizard/channel-names";
import { genderName } from "@/lib/wizard/choice-labels";
import { planSectionStep, stepByNumber, type PlanSection } from "@/lib/wizard/steps";
import type { ExportText } from "./export-text";

// Wording every download format shares, as plain strings: each writer only decides how to lay
// them out and how to escape them. User text passes through untouched.

/** The plan's status of one wizard step; every plan has all five. */
export function stepStatus(steps: readonly StepStatus[], number: number): StepStatus {
  const step = steps.find((s) => s.number === number);
  if (!step) throw new Error(`The plan has no step ${number}.`);
  return step;
}

/** The status of the step that fills a section: its missing note names that step. */
export function sectionStep(plan: Pick<PlanOverview, "steps">, section: PlanSection): StepStatus {
  return stepStatus(plan.steps, planSectionStep(section).number);
}

/** "Business model" for step 1, in the document's language. */
export function stepName(text: ExportText, step: number | Pick<StepStatus, "slug">): string {
  const slug = typeof step === "number" ? stepByNumber(step)?.slug : step.slug;
  return slug ? text.t(`wizard.steps.${slug}`) : String(step);
}

/** The note an empty section shows: which step to complete, by number and name. */
export function missingSectionText(text: ExportText, number: number): string {
  return text.t("export.missing.section", { number, step: stepName(text, number) });
}

/**
 * For a step that has answers but is not complete: a line saying so, then what the step
 * itself says is missing, so a reader of a draft knows which parts will still change.
 * Null for a complete step or one not started (that one gets the missing-section note).
 */
export function incompleteStepLines(text: ExportText, step: StepStatus): { title: string; gaps: string[] } | null {
  if (step.completed || !step.started) return null;
  const gaps = step.missing.map(({ code, name }) => {
    const key = `${step.slug}.missing.${code}`;
    return text.has(key) ? text.t(key, { name: name ?? "" }) : text.t("plan.progress.missingGeneric");
  });
  return {
    title: text.t("export.missing.stepIncomplete", { number: step.number, step: stepName(text, step) }),
    gaps: [...new Set(gaps)],
  };
}

/** "12 offerings, 48 buyer personas, 200 content ideas, 40 campaigns". */
export function planTotals(text: ExportText, plan: PlanOverview): string {
  return text.t("export.summary.totals", {
    offerings: plan.offeringCount,
    personas: plan.personaCount,
    ideas: plan.contentIdeaCount,
    campaigns: plan.campaignCount,
  });
}

/** "18–65", "18 or older", "up to 65", or nothing when neither end is given. */
export function ageRange(text: ExportText, min: number | null, max: number | null): string {
  if (min !== null && max !== null) return text.t("plan.persona.ageRange", { min, max });
  if (min !== null) return text.t("plan.persona.ageFrom", { min });
  if (max !== null) return text.t("plan.persona.ageTo", { max });
  return "";
}

/**
 * The birth years an age range stands for, counted from the year the document is made, as
 * step 3's form shows them, so a reader can line the ages up with the generations.
 */
export function birthYears(text: ExportText, min: number | null, max: number | null, year: number): string {
  const message = birthYearsMessage(min, max, year);
  return message ? text.t(`demographics.birthYears.${message.key}`, message.values) : "";
}

/** Social networks (step 2's profile, a persona's channels, step 5's matrix) by name, never by stored id. */
export function networkNames(text: ExportText, values: readonly string[]): string[] {
  return values.map((value) => channelName(value, (id) => text.t(`competitors.networkLabels.${id}`)));
}

/** A persona's buying-decision roles as one phrase in the document's language. */
export function decisionRoleNames(text: ExportText, roles: readonly DecisionRole[]): string {
  return formatDecisionRoles(roles, (role) => text.t(`export.decisionRoles.${role}`), text.locale);
}

/** Step 3's genders in the document's language: ready-made choices are stored as codes. */
export function genderNames(text: ExportText, values: readonly string[]): string[] {
  return values.map((value) => genderName(value, (code) => text.t(`demographics.genderOptions.${code}`)));
}

/** One line per currency: amounts in different currencies are never added together. */
export function moneyLines(text: ExportText, totals: readonly MoneyTotal[]): string {
  return totals.map((total) => text.money(total)).join("\n");
}

/** A campaign's span in words; `day` formats one calendar day (long form by default). */
export function campaignDates(
  text: ExportText,
  { startsOn, endsOn }: Pick<CampaignOverview, "startsOn" | "endsOn">,
  day: (value: string) => string = text.date,
): string {
  const start = startsOn ? day(startsOn) : null;
  const end = endsOn ? day(endsOn) : null;
  if (start && end) return text.t("plan.campaigns.dateRange", { start, end });
  if (start) return text.t("plan.campaigns.from", { start });
  if (end) return text.t("plan.campaigns.until", { end });
  return text.t("plan.campaigns.noDates");
}
