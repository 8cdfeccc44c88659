import { randomUUID } from "node:crypto";
import { EMPTY_DIGITAL_PROFILE } from "../../lib/validation/competitors-step";
import { EMPTY_DEMOGRAPHICS } from "../../lib/validation/demographics-step";
import { blankContentIdea } from "../../lib/validation/integration-step";
import { blankPersona } from "../../lib/validation/personas-step";

/** Step payloads as last saved: every call sends a valid one, so only authorisation can refuse it. */
export type StepKey = "offerings" | "competitors" | "demographics" | "personas" | "integration";
export type StepPayload = Record<string, unknown> & { version: number };

type Row = Record<string, unknown>;
const first = (payload: StepPayload, list: string): Row => {
  const rows = payload[list] as Row[] | undefined;
  if (!rows?.[0]) throw new Error(`the setup left no ${list}`);
  return rows[0];
};

/** Writes the marker into a free-text field of each step, so a read-back can find it. */
export const MARK: Record<StepKey, (payload: StepPayload, marker: string) => void> = {
  offerings: (p, m) => void (first(p, "offerings").audience = m),
  competitors: (p, m) => void ((p.digitalProfile as Row).needs = m),
  demographics: (p, m) => void (p.valuesAndCustoms = m),
  personas: (p, m) => void (first(p, "personas").description = m),
  integration: (p, m) => void (first(p, "contentIdeas").addresses = m),
};

/** First saves of the steps that need rows for the marker: a category, an offering, a persona, a content idea. */
export const SETUP_PAYLOADS = {
  offerings: (): StepPayload => {
    const categoryId = randomUUID();
    return {
      version: 0,
      categories: [{ id: categoryId, name: "Guitars" }],
      offerings: [
        {
          id: randomUUID(),
          categoryId,
          name: "Beginner guitars",
          definition: "Solid guitars set up for a first year of playing",
          objective: "",
          weight: 3,
          revenueShare: null,
          tier: "core",
          audience: "",
        },
      ],
    };
  },
  personas: (offeringId: string): StepPayload => ({
    version: 0,
    personas: [{ ...blankPersona(randomUUID(), offeringId), name: "Lucía, first guitar" }],
  }),
  integration: (personaId: string, stageId: string): StepPayload => ({
    version: 0,
    contentIdeas: [{ ...blankContentIdea(randomUUID(), personaId, stageId), topic: "Tuning in five minutes" }],
    socialPlans: [],
    campaigns: [],
  }),
  competitors: (): StepPayload => ({ version: 0, competitors: [], digitalProfile: EMPTY_DIGITAL_PROFILE, channels: [] }),
  demographics: (): StepPayload => ({ version: 0, ...EMPTY_DEMOGRAPHICS }),
};
