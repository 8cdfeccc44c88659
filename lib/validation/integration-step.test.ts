import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  amountToCents,
  blankCampaign,
  blankContentIdea,
  blankSocialPlan,
  centsToAmount,
  integrationStepMissing,
  integrationStepSchema,
  isIsoDate,
  MAX_BUDGET_CENTS,
  MAX_ROWS,
  orderPersonaIds,
  type CampaignInput,
  type ContentIdeaInput,
  type IntegrationStepInput,
  type SocialPlanInput,
} from "./integration-step";

const lucia = randomUUID();
const andres = randomUUID();
const premium = randomUUID();
const awareness = randomUUID();

const idea = (overrides: Partial<ContentIdeaInput> = {}): ContentIdeaInput => ({
  ...blankContentIdea(randomUUID(), lucia, awareness),
  topic: "How to pick your first guitar",
  format: "Video, 6 minutes",
  addresses: "Fear of buying a guitar that buzzes",
  plannedOn: "2025-03-14",
  ...overrides,
});

const social = (overrides: Partial<SocialPlanInput> = {}): SocialPlanInput => ({
  ...blankSocialPlan(randomUUID(), lucia),
  channelId: "00000000-0000-4000-8000-0000000000c1",
  purpose: "Show the workshop and answer questions",
  frequency: "One reel a week",
  tone: "Close and playful",
  ...overrides,
});

const campaign = (overrides: Partial<CampaignInput> = {}): CampaignInput => ({
  ...blankCampaign(randomUUID()),
  offeringId: premium,
  kind: "launch",
  personaIds: [andres],
  channelId: "00000000-0000-4000-8000-0000000000c2",
  budget: "250.50",
  startsOn: "2025-05-01",
  endsOn: "2025-05-31",
  objective: "Introduce the premium line",
  successMetric: "20 booked test sessions",
  ...overrides,
});

const step = (parts: Partial<IntegrationStepInput> = {}): IntegrationStepInput => ({
  version: 2,
  contentIdeas: [],
  socialPlans: [],
  campaigns: [],
  ...parts,
});

function errorsOf(input: unknown): Record<string, string> {
  const result = integrationStepSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("integrationStepSchema", () => {
  it("accepts a complete step and an empty one", () => {
    const input = step({ contentIdeas: [idea()], socialPlans: [social()], campaigns: [campaign()] });
    expect(integrationStepSchema.parse(input)).toEqual(input);
    expect(errorsOf(step())).toEqual({});
    expect(errorsOf(step({ contentIdeas: [idea({ format: "", addresses: "", plannedOn: "" })] }))).toEqual({});
  });

  it("trims text", () => {
    const parsed = integrationStepSchema.parse(
      step({ socialPlans: [social({ tone: "  Warm " })], campaigns: [campaign({ budget: " 10 " })] }),
    );
    expect(parsed.socialPlans[0]!.tone).toBe("Warm");
    expect(parsed.campaigns[0]!.budget).toBe("10");
  });

  it("requires a topic, a picked network and a picked channel", () => {
    expect(
      errorsOf(
        step({
          contentIdeas: [idea({ topic: " " })],
          socialPlans: [social({ channelId: "" })],
          campaigns: [campaign({ channelId: "Instagram" })],
        }),
      ),
    ).toEqual({
      "contentIdeas.0.topic": "required",
      "socialPlans.0.channelId": "unknown_channel",
      "campaigns.0.channelId": "unknown_channel",
    });
  });

  it("limits lengths and refuses text the database cannot store", () => {
    expect(errorsOf(step({ contentIdeas: [idea({ topic: "x".repeat(161) })] }))).toEqual({ "contentIdeas.0.topic": "too_long:160" });
    expect(errorsOf(step({ socialPlans: [social({ tone: "a\u0000b" })] }))).toEqual({ "socialPlans.0.tone": "invalid" });
    expect(errorsOf(step({ campaigns: [campaign({ objective: "x".repeat(601) })] }))).toEqual({ "campaigns.0.objective": "too_long:600" });
  });

  it("reports persona and offering references that are not ids as unknown", () => {
    expect(
      errorsOf(
        step({
          contentIdeas: [idea({ personaId: "" })],
          socialPlans: [social({ personaId: "Lucía" })],
          campaigns: [campaign({ offeringId: "", personaIds: ["nope"] })],
        }),
      ),
    ).toEqual({
      "contentIdeas.0.personaId": "unknown_persona",
      "socialPlans.0.personaId": "unknown_persona",
      "campaigns.0.offeringId": "unknown_offering",
      "campaigns.0.personaIds.0": "unknown_persona",
    });
  });

  it("needs a stage for an idea, not for a campaign, and accepts only known campaign kinds and currencies", () => {
    expect(errorsOf(step({ contentIdeas: [idea({ stageId: "" })] }))).toEqual({ "contentIdeas.0.stageId": "required" });
    expect(errorsOf(step({ contentIdeas: [idea({ stageId: "loyalty" })] }))).toEqual({ "contentIdeas.0.stageId": "required" });
    expect(errorsOf(step({ campaigns: [campaign({ stageId: "" })] }))).toEqual({});
    expect(errorsOf(step({ campaigns: [campaign({ stageId: awareness })] }))).toEqual({});
    expect(errorsOf(step({ campaigns: [campaign({ stageId: "loyalty" })] }))).toEqual({ "campaigns.0.stageId": "unknown_item" });
    expect(errorsOf(step({ campaigns: [campaign({ kind: "sale" as never })] }))).toEqual({ "campaigns.0.kind": "required" });
    expect(errorsOf(step({ campaigns: [campaign({ currency: "eur" as never })] }))).toEqual({ "campaigns.0.currency": "required" });
  });

  it("needs at least one persona per campaign, each once", () => {
    expect(errorsOf(step({ campaigns: [campaign({ personaIds: [] })] }))).toEqual({ "campaigns.0.personaIds": "at_least_one_persona" });
    expect(errorsOf(step({ campaigns: [campaign({ personaIds: [andres, andres] })] }))).toEqual({ "campaigns.0.personaIds": "duplicate" });
    expect(errorsOf(step({ campaigns: [campaign({ personaIds: null as never })] }))).toEqual({
      "campaigns.0.personaIds": "at_least_one_persona",
    });
  });

  it("checks the budget: a non-negative amount with up to two decimals, in Spanish or English style", () => {
    for (const ok of [
      "0",
      "250",
      "250.5",
      "250.50",
      "250,50",
      "999999999.99",
      "1.500",
      "1.500,50",
      "1,500.50",
      "1 000",
      "999.999.999,99",
    ]) {
      expect(errorsOf(step({ campaigns: [campaign({ budget: ok })] })), ok).toEqual({});
    }
    const budgetError = (budget: string) => errorsOf(step({ campaigns: [campaign({ budget })] }))["campaigns.0.budget"];
    expect(budgetError("")).toBe("required");
    expect(budgetError("-5")).toBe("out_of_range");
    expect(budgetError("1000000000")).toBe("out_of_range");
    expect(budgetError("-1.500,50")).toBe("out_of_range");
    for (const bad of ["abc", "12.3456", "1.2.3", "1e5", "€100", "1.500,505", ".5", "Infinity"])
      expect(budgetError(bad), bad).toBe("invalid_amount");
    expect(errorsOf(step({ campaigns: [campaign({ budget: 250 as never })] }))).toEqual({ "campaigns.0.budget": "invalid_amount" });
  });

  it("checks dates and that a campaign does not end before it starts", () => {
    expect(errorsOf(step({ contentIdeas: [idea({ plannedOn: "2025-02-30" })] }))).toEqual({ "contentIdeas.0.plannedOn": "invalid_date" });
    expect(errorsOf(step({ contentIdeas: [idea({ plannedOn: "14/03/2025" })] }))).toEqual({ "contentIdeas.0.plannedOn": "invalid_date" });
    expect(errorsOf(step({ campaigns: [campaign({ startsOn: "0000-01-01" })] }))).toEqual({ "campaigns.0.startsOn": "invalid_date" });
    expect(errorsOf(step({ campaigns: [campaign({ startsOn: "2025-06-01", endsOn: "2025-05-31" })] }))).toEqual({
      "campaigns.0.endsOn": "date_order",
    });
    expect(errorsOf(step({ campaigns: [campaign({ startsOn: "2025-06-01", endsOn: "2025-06-01" })] }))).toEqual({});
    expect(errorsOf(step({ campaigns: [campaign({ startsOn: "", endsOn: "2025-06-01" })] }))).toEqual({});
    expect(errorsOf(step({ campaigns: [campaign({ startsOn: "2025-06-01", endsOn: "" })] }))).toEqual({});
  });

  it("reports the date order together with errors in other fields", () => {
    expect(errorsOf(step({ campaigns: [campaign({ channelId: "", startsOn: "2025-06-02", endsOn: "2025-06-01" })] }))).toEqual({
      "campaigns.0.channelId": "unknown_channel",
      "campaigns.0.endsOn": "date_order",
    });
  });

  it("refuses the same row id twice and too many rows", () => {
    const first = idea();
    expect(errorsOf(step({ contentIdeas: [first, { ...first, topic: "Twin" }] }))).toEqual({ "contentIdeas.1.id": "invalid" });
    const many = Array.from({ length: MAX_ROWS + 1 }, () => social());
    expect(errorsOf(step({ socialPlans: many }))).toEqual({ socialPlans: `too_many:${MAX_ROWS}` });
  });

  it("reports malformed payloads as errors, not exceptions", () => {
    for (const payload of [null, 7, "x", [], { version: 0 }, { version: 0, contentIdeas: [null], socialPlans: {}, campaigns: [4] }]) {
      expect(integrationStepSchema.safeParse(payload).success).toBe(false);
    }
  });
});

describe("money and dates", () => {
  it("turns amounts into whole cents and back", () => {
    expect(amountToCents("250.50")).toBe(25050);
    expect(amountToCents("250,5")).toBe(25050);
    expect(amountToCents("1.500,50")).toBe(150050);
    expect(amountToCents("1,500.50")).toBe(150050);
    expect(amountToCents("0")).toBe(0);
    expect(amountToCents("999999999.99")).toBe(MAX_BUDGET_CENTS);
    expect(amountToCents("-1")).toBeNull();
    expect(centsToAmount(25050)).toBe("250.50");
    expect(centsToAmount(7)).toBe("0.07");
    expect(centsToAmount(MAX_BUDGET_CENTS)).toBe("999999999.99");
    for (const cents of [0, 1, 99, 100, 12345, 10_000_000]) expect(amountToCents(centsToAmount(cents))).toBe(cents);
  });

  it("knows real calendar days", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("1899-12-31")).toBe(false);
  });
});

describe("orderPersonaIds", () => {
  it("follows the page's persona order and keeps unknown ids last", () => {
    const personas = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(orderPersonaIds(["c", "x", "a"], personas)).toEqual(["a", "c", "x"]);
  });
});

describe("integrationStepMissing", () => {
  const personas = [
    { id: lucia, name: "Lucía" },
    { id: andres, name: "Andrés" },
  ];

  it("asks for personas first", () => {
    expect(integrationStepMissing([], step())).toEqual([{ code: "noPersonas" }]);
  });

  it("lists every empty section", () => {
    expect(integrationStepMissing(personas, step())).toEqual([
      { code: "noContentIdeas" },
      { code: "noSocialPlans" },
      { code: "noCampaigns" },
    ]);
  });

  it("names the personas without a content idea", () => {
    expect(integrationStepMissing(personas, step({ contentIdeas: [idea()], socialPlans: [social()], campaigns: [campaign()] }))).toEqual([
      { code: "personaWithoutContentIdea", name: "Andrés" },
    ]);
  });

  it("is empty when every persona has content and there is a social plan and a campaign", () => {
    const complete = step({
      contentIdeas: [idea(), idea({ personaId: andres, stageId: randomUUID() })],
      socialPlans: [social()],
      campaigns: [campaign()],
    });
    expect(integrationStepMissing(personas, complete)).toEqual([]);
  });
});
