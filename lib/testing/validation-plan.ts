import { groupPlanOverview, type OfferingRow, type PersonaRow } from "@/db/queries/plan-overview-model";
import type { PlanExport } from "@/lib/export/plan-export";
import type { Locale } from "@/lib/i18n/locales";
import { NO_VALIDATION, type PersonaValidation } from "@/lib/validation/persona-validation";
import { blankPersona } from "@/lib/validation/personas-step";
import { WIZARD_STEPS } from "@/lib/wizard/steps";

// A small plan built in memory (no database), for the tests of how each format words whether
// research backs the personas (issue 16): the guitar workshop's two offerings and three
// personas, the first validated, the other two still assumptions.

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const CATEGORY = id(1);

/** When the test plan says it was prepared: a fixed instant, never today's date. */
export const VALIDATION_NOW = new Date("2026-11-30T10:00:00Z");

/** What the validated persona's record holds, for the tests to look for. */
export const LUCIA_VALIDATION: PersonaValidation = {
  status: "validated",
  evidence: ["interviews", "customer_data"],
  confidence: "high",
  note: "Four of the five customers we phoned almost gave up during the wait.",
  validatedClaims: [
    { kind: "pain", item: "Long waits for a custom build" },
    { kind: "gain", item: "A guitar made for my hands" },
  ],
  plan: [
    { id: id(21), what: "Read last year's orders", how: "", who: "", due: "", done: true },
    {
      id: id(22),
      what: "Do beginners order custom guitars too?",
      how: "Two questions at the till",
      who: "Marta",
      due: "2027-01-15",
      done: false,
    },
  ],
};

export const MARCOS_OPEN_CHECK = "Ask the music school's teachers";

function offering(n: number, name: string): OfferingRow {
  return {
    id: id(n),
    categoryId: CATEGORY,
    name,
    definition: "",
    objective: "",
    weight: 3,
    revenueShare: null,
    tier: "core",
    audience: "",
  };
}

function persona(n: number, offeringId: string, name: string, validation: PersonaValidation): PersonaRow {
  return {
    ...blankPersona(id(n), offeringId),
    name,
    jobs: ["Order a custom guitar"],
    pains: ["Long waits for a custom build", "Strings too high"],
    gains: ["A guitar made for my hands"],
    validation,
    intermediaryFor: null,
    fromData: null,
    b2b: null,
    channels: [],
  };
}

/** The plan as a download reads it, in `locale`. */
export function validationPlanExport(locale: Locale, validations: readonly PersonaValidation[] = []): PlanExport {
  const custom = offering(2, "Custom guitars");
  const lessons = offering(3, "Guitar lessons");
  const marcos: PersonaValidation = {
    ...NO_VALIDATION,
    plan: [{ id: id(23), what: MARCOS_OPEN_CHECK, how: "", who: "", due: "", done: false }],
  };
  const records = [LUCIA_VALIDATION, marcos, NO_VALIDATION].map((v, i) => validations[i] ?? v);
  const plan = groupPlanOverview(
    {
      project: { id: id(9), name: "Guitarras Lorca", description: "" },
      steps: WIZARD_STEPS.map(({ number }) => ({ step: number, completed: true, missing: [] })),
      categories: [{ id: CATEGORY, name: "Guitars" }],
      offerings: [custom, lessons],
      personas: [
        persona(11, custom.id, "Lucía", records[0]!),
        persona(12, custom.id, "Marcos", records[1]!),
        persona(13, lessons.id, "Carmen", records[2]!),
      ],
      competitors: [],
      digitalProfile: null,
      targetProfile: null,
      stages: [],
      contentIdeas: [],
      socialPlans: [],
      campaigns: [],
      campaignPersonas: [],
    },
    locale,
  );
  return {
    locale,
    generatedAt: VALIDATION_NOW,
    plan,
    members: [{ name: "Marta Gil", role: "owner" }],
    reviews: plan.steps.map((step) => ({ step, review: null })),
    openComments: null,
    branding: { logo: null, accentColor: null },
  };
}
