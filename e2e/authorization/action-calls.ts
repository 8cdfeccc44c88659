import { randomUUID } from "node:crypto";
import { EMPTY_DIGITAL_PROFILE } from "../../lib/validation/competitors-step";
import { EMPTY_DEMOGRAPHICS } from "../../lib/validation/demographics-step";
import { blankContentIdea } from "../../lib/validation/integration-step";
import { blankPersona } from "../../lib/validation/personas-step";
import { makeUser, type TestUser } from "../support/fixtures";
import type { Role } from "./matrix";

/** Step payloads as last saved: every call sends a valid one, so only authorisation can refuse it. */
export type StepKey = "offerings" | "competitors" | "demographics" | "personas" | "integration";
export type StepPayload = Record<string, unknown> & { version: number };

export interface CallContext {
  projectId: string;
  role: Role;
  /** The caller's account; for anonymous, the owner's, as someone signing in from a fresh browser. */
  credentials: TestUser;
  /** A string unique to this call, written into a text field so a read-back can find it. */
  marker: string;
  steps: Record<StepKey, StepPayload>;
}

/** Reads a page as the owner. */
export type ReadAsOwner = (address: string) => Promise<{ status: number; body: string }>;

export interface ActionCall {
  args: unknown[];
  /** Whether the call changed anything, read back through the pages as the owner. */
  wrote?: (read: ReadAsOwner) => Promise<boolean>;
  /** After an accepted call: what the next call builds on. */
  accepted?: (data: unknown) => void;
}

type Builder = (context: CallContext) => ActionCall;

type Row = Record<string, unknown>;
const first = (payload: StepPayload, list: string): Row => {
  const rows = payload[list] as Row[] | undefined;
  if (!rows?.[0]) throw new Error(`the setup left no ${list}`);
  return rows[0];
};

/** Where each step keeps a free-text field for the marker. */
const MARK: Record<StepKey, (payload: StepPayload, marker: string) => void> = {
  offerings: (p, m) => void (first(p, "offerings").audience = m),
  competitors: (p, m) => void ((p.digitalProfile as Row).needs = m),
  demographics: (p, m) => void (p.valuesAndCustoms = m),
  personas: (p, m) => void (first(p, "personas").description = m),
  integration: (p, m) => void (first(p, "contentIdeas").addresses = m),
};

function saveStep(step: StepKey): Builder {
  return (context) => {
    const payload = structuredClone(context.steps[step]);
    MARK[step](payload, context.marker);
    return {
      args: [context.projectId, payload],
      wrote: async (read) => (await read(`/projects/${context.projectId}/${step}`)).body.includes(context.marker),
      accepted: (data) => {
        const saved = data as StepPayload;
        if (typeof saved?.version !== "number") throw new Error(`${step}: the save returned no version`);
        context.steps[step] = saved;
      },
    };
  };
}

/** The arguments each action is called with, keyed like the matrix: "lib/actions/x.ts#name". */
export const ACTION_CALLS: Record<string, Builder> = {
  "lib/actions/sign-in.ts#signInAction": ({ credentials }) => ({ args: [{ email: credentials.email, password: credentials.password }] }),
  "lib/actions/sign-up.ts#signUpAction": () => {
    const fresh = makeUser("matrix");
    return { args: [{ name: fresh.name, email: fresh.email, password: fresh.password }] };
  },
  "lib/actions/sign-out.ts#signOutAction": () => ({ args: [] }),
  "lib/actions/set-locale.ts#setLocaleAction": () => ({ args: ["en"] }),
  "lib/actions/create-project.ts#createProjectAction": ({ marker }) => ({ args: [{ name: `Matrix ${marker}`, description: "" }] }),
  "lib/actions/update-project.ts#updateProjectAction": ({ projectId, marker }) => ({
    args: [projectId, { name: `Matrix ${marker}`, description: "Guitars and lessons" }],
    wrote: async (read) => (await read("/projects")).body.includes(marker),
  }),
  "lib/actions/save-offerings-step.ts#saveOfferingsStepAction": saveStep("offerings"),
  "lib/actions/save-competitors-step.ts#saveCompetitorsStepAction": saveStep("competitors"),
  "lib/actions/save-demographics-step.ts#saveDemographicsStepAction": saveStep("demographics"),
  "lib/actions/save-personas-step.ts#savePersonasStepAction": saveStep("personas"),
  "lib/actions/save-integration-step.ts#saveIntegrationStepAction": saveStep("integration"),
  "lib/actions/delete-project.ts#deleteProjectAction": ({ projectId }) => ({
    args: [projectId, {}],
    wrote: async (read) => (await read(`/projects/${projectId}/offerings`)).status === 404,
  }),
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
  integration: (personaId: string): StepPayload => ({
    version: 0,
    contentIdeas: [{ ...blankContentIdea(randomUUID(), personaId), topic: "Tuning in five minutes" }],
    socialPlans: [],
    campaigns: [],
  }),
  competitors: (): StepPayload => ({ version: 0, competitors: [], digitalProfile: EMPTY_DIGITAL_PROFILE }),
  demographics: (): StepPayload => ({ version: 0, ...EMPTY_DEMOGRAPHICS }),
};
