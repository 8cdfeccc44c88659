import * as z from "zod/mini";
import { parseCents } from "@/lib/i18n/numbers";
import { channelRef } from "./channels";
import { fieldError, fieldIssue } from "./error-codes";
import type { MissingItem } from "@/lib/wizard/missing";
import { requiredText, text } from "./text";
import { PROFILE_ITEM_KINDS, profileAnswersSchema } from "./value-map";

export const CAMPAIGN_KINDS = ["launch", "promotion"] as const;
/** ISO 4217 codes of the markets the product is written for; amounts are kept in hundredths of them. */
export const CURRENCIES = ["EUR", "USD", "MXN", "COP", "ARS", "CLP", "PEN", "GBP"] as const;

export const MAX_ROWS = 200;
export const MAX_CAMPAIGN_PERSONAS = 100;
/** 999,999,999.99: far above any small business's campaign, and exact in a JavaScript number. */
export const MAX_BUDGET_CENTS = 99_999_999_999;

export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export type Currency = (typeof CURRENCIES)[number];

const rowId = z.uuid(fieldError("invalid"));
// A well-formed uuid only: the server checks that the persona or offering is the project's.
const personaRef = z.uuid(fieldError("unknown_persona"));
const offeringRef = z.uuid(fieldError("unknown_offering"));
// One of the project's journey stages (step 4); the server checks that it is the project's.
const stageRef = z.uuid(fieldError("required"));

// ---------------------------------------------------------------------------------------
// Dates and money as the form holds them: strings, "" for "not set"
// ---------------------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, in years the plan can sensibly mean. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar day as YYYY-MM-DD, or "" for none. */
export const optionalDate = z.string(fieldError("invalid_date")).check(
  z.trim(),
  z.refine((value) => value === "" || isIsoDate(value), fieldError("invalid_date")),
);

/** "1.500,50", "1,500.50" or "1500.5" → 150050; anything else (negative, malformed, ambiguous) → null. */
export function amountToCents(value: string): number | null {
  const parsed = parseCents(value);
  return parsed.ok && !parsed.negative ? parsed.cents : null;
}

/** 150050 → "1500.50": how a stored budget travels to the form, which shows it in the reader's format. */
export function centsToAmount(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

const budget = z.string(fieldError("invalid_amount")).check(
  z.trim(),
  z.superRefine((value, ctx) => {
    if (value === "") return ctx.addIssue(fieldIssue("required"));
    const parsed = parseCents(value);
    if (!parsed.ok) ctx.addIssue(fieldIssue(parsed.error === "ambiguous_number" ? "ambiguous_number" : "invalid_amount"));
    else if (parsed.negative || parsed.cents > MAX_BUDGET_CENTS) ctx.addIssue(fieldIssue("out_of_range"));
  }),
);

// ---------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------

/** Characters of each row's written fields, for the schema and the form's counters. */
export const ROW_TEXT_LIMITS = {
  contentIdeas: { topic: 160, format: 80, addresses: 300 },
  socialPlans: { purpose: 300, frequency: 80, tone: 160 },
  campaigns: { objective: 600, successMetric: 300 },
} as const;

export const contentIdeaSchema = z.object({
  id: rowId,
  personaId: personaRef,
  topic: requiredText(ROW_TEXT_LIMITS.contentIdeas.topic),
  format: text(ROW_TEXT_LIMITS.contentIdeas.format),
  /** The stage of the project's customer journey the idea serves. */
  stageId: stageRef,
  addresses: text(ROW_TEXT_LIMITS.contentIdeas.addresses),
  /** "pain" or "gain" when `addresses` is one of the persona's; "" for words of the owner's own. */
  addressesKind: z.union([z.enum(PROFILE_ITEM_KINDS), z.literal("")], fieldError("invalid")),
  plannedOn: optionalDate,
});

export const socialPlanSchema = z.object({
  id: rowId,
  personaId: personaRef,
  /** The network, one of the project's channels. */
  channelId: channelRef,
  purpose: text(ROW_TEXT_LIMITS.socialPlans.purpose),
  frequency: text(ROW_TEXT_LIMITS.socialPlans.frequency),
  tone: text(ROW_TEXT_LIMITS.socialPlans.tone),
});

/** True when both dates are set, valid, and the end comes before the start. */
function endsBeforeStart(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { startsOn, endsOn } = value as { startsOn?: unknown; endsOn?: unknown };
  if (typeof startsOn !== "string" || typeof endsOn !== "string") return false;
  const [start, end] = [startsOn.trim(), endsOn.trim()];
  // ISO dates compare correctly as strings.
  return isIsoDate(start) && isIsoDate(end) && end < start;
}

export const campaignSchema = z
  .object({
    id: rowId,
    offeringId: offeringRef,
    kind: z.enum(CAMPAIGN_KINDS, fieldError("required")),
    personaIds: z.array(personaRef, fieldError("at_least_one_persona")).check(
      z.minLength(1, fieldError("at_least_one_persona")),
      z.maxLength(MAX_CAMPAIGN_PERSONAS, fieldError("too_many", MAX_CAMPAIGN_PERSONAS)),
      z.refine((ids) => new Set(ids).size === ids.length, fieldError("duplicate")),
    ),
    channelId: channelRef,
    budget,
    currency: z.enum(CURRENCIES, fieldError("required")),
    startsOn: optionalDate,
    endsOn: optionalDate,
    objective: text(ROW_TEXT_LIMITS.campaigns.objective),
    successMetric: text(ROW_TEXT_LIMITS.campaigns.successMetric),
    /** The pains and gains of the campaign's personas that its message answers. */
    answers: profileAnswersSchema,
    /** The journey stage the campaign serves ("" when the owner names none). */
    stageId: z.union([z.uuid(fieldError("unknown_item")), z.literal("")], fieldError("unknown_item")),
  })
  .check(
    // An answer belongs to one of the personas the campaign is for.
    z.refine((campaign) => campaign.answers.every((a) => campaign.personaIds.includes(a.personaId)), {
      ...fieldError("unknown_item"),
      path: ["answers"],
      when: (payload) => {
        const value = payload.value as { answers?: unknown; personaIds?: unknown };
        return Array.isArray(value?.answers) && Array.isArray(value?.personaIds);
      },
    }),
    z.refine((campaign) => !endsBeforeStart(campaign), {
      ...fieldError("date_order"),
      path: ["endsOn"],
      // Checked as soon as both dates are valid, even while other fields still have errors.
      when: (payload) => endsBeforeStart(payload.value),
    }),
  );

function uniqueIds(rows: readonly { id: string }[], list: string, ctx: z.core.$RefinementCtx) {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row.id)) ctx.addIssue(fieldIssue("invalid", [list, index, "id"]));
    seen.add(row.id);
  });
}

export const integrationStepSchema = z
  .object({
    version: z.number().check(z.int(), z.gte(0)),
    contentIdeas: z.array(contentIdeaSchema).check(z.maxLength(MAX_ROWS, fieldError("too_many", MAX_ROWS))),
    socialPlans: z.array(socialPlanSchema).check(z.maxLength(MAX_ROWS, fieldError("too_many", MAX_ROWS))),
    campaigns: z.array(campaignSchema).check(z.maxLength(MAX_ROWS, fieldError("too_many", MAX_ROWS))),
  })
  .check(
    z.superRefine((step, ctx) => {
      uniqueIds(step.contentIdeas, "contentIdeas", ctx);
      uniqueIds(step.socialPlans, "socialPlans", ctx);
      uniqueIds(step.campaigns, "campaigns", ctx);
    }),
  );

export type IntegrationStepInput = z.infer<typeof integrationStepSchema>;
export type ContentIdeaInput = z.infer<typeof contentIdeaSchema>;
export type SocialPlanInput = z.infer<typeof socialPlanSchema>;
export type CampaignInput = z.infer<typeof campaignSchema>;

/** A persona of step 4 as this step needs it: something to point at, grouped by offering. */
export interface IntegrationPersona {
  id: string;
  name: string;
  offeringId: string;
  /** What content and campaigns can say they answer. */
  pains: string[];
  gains: string[];
  /** The persona's ideals: the key communication factor offered as a message. */
  ideals: string;
}

/** A stage of the project's journey as this step needs it: its id and stored name (see stageName). */
export interface IntegrationStage {
  id: string;
  name: string;
}

/** An offering of step 1 as this step needs it. */
export interface IntegrationOffering {
  id: string;
  name: string;
}

// ---------------------------------------------------------------------------------------
// New rows
// ---------------------------------------------------------------------------------------

// The persona and offering start empty: picking them is a decision, not a default. An idea
// starts on the journey's first stage, as ideas always have.
export const blankContentIdea = (id: string, personaId = "", stageId = ""): ContentIdeaInput => ({
  id,
  personaId,
  topic: "",
  format: "",
  stageId,
  addresses: "",
  addressesKind: "",
  plannedOn: "",
});

export const blankSocialPlan = (id: string, personaId = ""): SocialPlanInput => ({
  id,
  personaId,
  channelId: "",
  purpose: "",
  frequency: "",
  tone: "",
});

export const blankCampaign = (id: string, currency: Currency = "EUR"): CampaignInput => ({
  id,
  offeringId: "",
  kind: "launch",
  personaIds: [],
  channelId: "",
  budget: "",
  currency,
  startsOn: "",
  endsOn: "",
  objective: "",
  successMetric: "",
  answers: [],
  stageId: "",
});

/** Campaign personas in the order the page lists personas, so a reload shows the same list. */
export function orderPersonaIds(ids: readonly string[], personas: readonly { id: string }[]): string[] {
  const rank = new Map(personas.map((p, i) => [p.id, i]));
  const known = ids.filter((id) => rank.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!);
  return [...known, ...ids.filter((id) => !rank.has(id))];
}

// ---------------------------------------------------------------------------------------
// What is missing
// ---------------------------------------------------------------------------------------

/**
 * Step 5 is done when every persona has at least one content idea (content is how a
 * persona is reached), and the plan has at least one social network plan and one campaign.
 */
export function integrationStepMissing(
  personas: readonly { id: string; name: string }[],
  values: { contentIdeas: readonly { personaId: string }[]; socialPlans: readonly unknown[]; campaigns: readonly unknown[] },
): MissingItem<"integration">[] {
  if (personas.length === 0) return [{ code: "noPersonas" }];
  const missing: MissingItem<"integration">[] = [];
  if (values.contentIdeas.length === 0) missing.push({ code: "noContentIdeas" });
  else {
    const covered = new Set(values.contentIdeas.map((idea) => idea.personaId));
    for (const persona of personas) if (!covered.has(persona.id)) missing.push({ code: "personaWithoutContentIdea", name: persona.name });
  }
  if (values.socialPlans.length === 0) missing.push({ code: "noSocialPlans" });
  if (values.campaigns.length === 0) missing.push({ code: "noCampaigns" });
  return missing;
}
