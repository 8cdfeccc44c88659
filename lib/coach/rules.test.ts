import { describe, expect, it } from "vitest";
import { CHANNEL, coachPersona, coachPlan, STAGE } from "@/lib/testing/coach-plan";
import { NO_VALIDATION } from "@/lib/validation/persona-validation";
import type { CoachPlan } from "./model";
import { COACH_AREAS } from "./model";
import { reviewPlan } from "./review";
import { COACH_RULES } from "./rules";

// Each rule twice: on the well-rounded plan it finds nothing (while having something to check),
// and one change to that plan makes it speak about exactly the item changed.

type Trip = { rule: string; subject: string; change: (plan: CoachPlan) => void };

const ana = (plan: CoachPlan) => plan.snapshot.personas[0]!;
const luis = (plan: CoachPlan) => plan.snapshot.personas[1]!;
const camp = (plan: CoachPlan) => plan.snapshot.campaigns[0]!;

const TRIPS: Trip[] = [
  {
    rule: "offerings_none",
    subject: "",
    change: (p) => {
      p.snapshot.offerings = [];
    },
  },
  { rule: "offering_no_objective", subject: "off-1", change: (p) => void (p.snapshot.offerings[0]!.objective = " ") },
  { rule: "offering_no_audience", subject: "off-1", change: (p) => void (p.snapshot.offerings[0]!.audience = "") },
  {
    rule: "offering_no_persona",
    subject: "off-2",
    change: (p) => void p.snapshot.offerings.push({ ...p.snapshot.offerings[0]!, id: "off-2", name: "Lessons" }),
  },
  { rule: "competitors_none", subject: "", change: (p) => void (p.snapshot.competitors = []) },
  { rule: "competitor_no_channels", subject: "comp-1", change: (p) => void (p.snapshot.competitors[0]!.channels = "") },
  { rule: "digital_profile_thin", subject: "", change: (p) => void (p.snapshot.digitalProfile!.keywords = []) },
  { rule: "target_demographics_only", subject: "", change: (p) => void (p.snapshot.targetProfile!.valuesAndCustoms = "") },
  { rule: "persona_no_pains_gains", subject: "ana", change: (p) => void (ana(p).gains = []) },
  { rule: "persona_no_jobs", subject: "luis", change: (p) => void (luis(p).jobs = []) },
  { rule: "persona_min_incomplete", subject: "ana", change: (p) => void (ana(p).ideals = "") },
  { rule: "persona_no_objections", subject: "luis", change: (p) => void (luis(p).objections = "") },
  { rule: "persona_no_channels", subject: "ana", change: (p) => void (ana(p).channelIds = []) },
  {
    rule: "personas_demographic_twins",
    subject: "eva",
    // Ana again, only younger and elsewhere.
    change: (p) => void p.snapshot.personas.push({ ...ana(p), id: "eva", name: "Eva", ageMin: 18, location: "Madrid" }),
  },
  { rule: "personas_same_role", subject: "", change: (p) => void (luis(p).decisionRoles = ["buyer"]) },
  { rule: "personas_same_generation", subject: "", change: (p) => void (luis(p).generation = "millennials") },
  { rule: "persona_intermediary_missing", subject: "ana", change: (p) => void (ana(p).needsIntermediary = true) },
  { rule: "value_map_empty", subject: "luis", change: (p) => void (luis(p).valueMap = []) },
  {
    rule: "essential_pain_unrelieved",
    subject: "ana",
    change: (p) => void (ana(p).valueMap = ana(p).valueMap.filter((e) => e.kind !== "reliever")),
  },
  { rule: "needs_unmet", subject: "luis", change: (p) => void (luis(p).needs = "Stays in tune\nFits a small hand") },
  {
    rule: "value_fit_low",
    subject: "luis",
    change: (p) => void (luis(p).valueMap = luis(p).valueMap.filter((e) => e.kind === "product")),
  },
  { rule: "motivations_not_compared", subject: "ana", change: (p) => void (ana(p).motivationRivals = []) },
  {
    rule: "journey_not_mapped",
    subject: "ana",
    change: (p) => void (ana(p).journey = { ...ana(p).journey, objective: "", walkedOn: "", cells: [] }),
  },
  { rule: "journey_not_walked", subject: "luis", change: (p) => void (luis(p).journey.walkedOn = "") },
  {
    rule: "journey_pain_unplanned",
    subject: `ana:${STAGE.awareness}`,
    change: (p) =>
      void ana(p).journey.cells.push({ ...ana(p).journey.cells[0]!, stageId: STAGE.awareness, painPoints: "Never heard of us" }),
  },
  {
    rule: "persona_no_content",
    subject: "luis",
    change: (p) => void (p.snapshot.contentIdeas = p.snapshot.contentIdeas.filter((i) => i.personaId !== "luis")),
  },
  { rule: "content_no_pain", subject: "idea-1", change: (p) => void (p.snapshot.contentIdeas[0]!.addresses = "") },
  { rule: "content_none_after_purchase", subject: "", change: (p) => void (p.snapshot.contentIdeas[1]!.stageId = STAGE.awareness) },
  { rule: "social_none", subject: "", change: (p) => void (p.snapshot.socialPlans = []) },
  { rule: "social_no_purpose", subject: "soc-1", change: (p) => void (p.snapshot.socialPlans[0]!.frequency = "") },
  { rule: "social_off_persona_channel", subject: "soc-1", change: (p) => void (p.snapshot.socialPlans[0]!.channelId = CHANNEL.newsletter) },
  {
    rule: "campaign_no_persona",
    subject: "camp-1",
    change: (p) => void (p.snapshot.campaignPersonas = p.snapshot.campaignPersonas.filter((l) => l.campaignId !== "camp-1")),
  },
  { rule: "campaign_no_metric", subject: "camp-1", change: (p) => void (camp(p).successMetric = "") },
  { rule: "campaign_bad_dates", subject: "camp-1", change: (p) => void (camp(p).endsOn = "2026-04-01") },
  { rule: "campaign_no_answer", subject: "camp-1", change: (p) => void (camp(p).answers = []) },
  { rule: "budget_one_channel", subject: "", change: (p) => void (p.snapshot.campaigns[1]!.budgetCents = 0) },
  {
    rule: "personas_never_validated",
    subject: "",
    change: (p) => void (ana(p).validation = { ...NO_VALIDATION, plan: luis(p).validation.plan }),
  },
  { rule: "persona_no_validation_plan", subject: "luis", change: (p) => void (luis(p).validation = NO_VALIDATION) },
  { rule: "validation_overdue", subject: "luis", change: (p) => void (p.today = "2026-07-02") },
  { rule: "segment_no_persona", subject: "segment:best", change: (p) => void (ana(p).fromData = null) },
];

const ruleById = (id: string) => COACH_RULES.find((r) => r.id === id)!;

describe("the coach's rules", () => {
  it("has at least 25 rules, with unique ids, over every area, each tested below", () => {
    expect(COACH_RULES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(COACH_RULES.map((r) => r.id)).size).toBe(COACH_RULES.length);
    expect(new Set(COACH_RULES.map((r) => r.area))).toEqual(new Set(COACH_AREAS));
    expect(TRIPS.map((t) => t.rule).sort()).toEqual(COACH_RULES.map((r) => r.id).sort());
  });

  it.each(TRIPS)("$rule: passes the well-rounded plan and trips on one change", ({ rule, subject, change }) => {
    const passing = ruleById(rule).check(coachPlan());
    expect(passing.findings).toEqual([]);
    const plan = coachPlan();
    change(plan);
    const tripped = ruleById(rule).check(plan);
    expect(tripped.findings.map((f) => f.subject)).toEqual([subject]);
    expect(tripped.checked).toBeGreaterThan(0);
    expect(tripped.findings[0]!.fieldHref).toMatch(
      /^\/projects\/proj-1\/(offerings|competitors|demographics|personas|integration|customers)\b/,
    );
  });

  it("has something to check on the well-rounded plan for every rule but the empty-plan one", () => {
    const idle = COACH_RULES.filter((r) => r.check(coachPlan()).checked === 0).map((r) => r.id);
    expect(idle).toEqual([]);
  });

  it("links a persona's finding to its section and field, offering by offering", () => {
    const plan = coachPlan();
    plan.snapshot.offerings.unshift({ ...plan.snapshot.offerings[0]!, id: "off-0", name: "Repairs" });
    plan.snapshot.personas.push(coachPersona("rita", { offeringId: "off-0", name: "Rita" }));
    const [finding] = ruleById("persona_no_jobs").check(plan).findings;
    // Rita is listed first on step 4, under the first offering.
    expect(finding!.fieldHref).toBe("/projects/proj-1/personas?persona=rita&section=wants#personas-0-jobs");
  });

  it("reads 'after the purchase' as the stages after the decision", () => {
    const plan = coachPlan();
    plan.snapshot.stages = [
      { id: "a", name: "Finds us" },
      { id: "b", name: "decision" },
      { id: "c", name: "Comes back" },
    ];
    plan.snapshot.contentIdeas = plan.snapshot.contentIdeas.map((i) => ({ ...i, stageId: "b" }));
    expect(ruleById("content_none_after_purchase").check(plan).findings).toHaveLength(1);
    plan.snapshot.contentIdeas[0]!.stageId = "c";
    expect(ruleById("content_none_after_purchase").check(plan).findings).toHaveLength(0);
  });
});

describe("the coach's score", () => {
  const at = new Date("2026-06-01T10:00:00Z");

  it("gives the well-rounded plan 100 in every area", () => {
    const review = reviewPlan(coachPlan(), []);
    expect(review.findings).toEqual([]);
    expect(review.score).toBe(100);
    expect(review.areas.every((a) => a.score === 100)).toBe(true);
  });

  it("is the weighted share of checks passed, per area too, and a dismissed finding counts as passed", () => {
    const plan = coachPlan();
    camp(plan).successMetric = "";
    const review = reviewPlan(plan, []);
    // Campaigns: no_metric (weight 3) passes one of two campaigns; the other four rules pass.
    const campaigns = review.areas.find((a) => a.area === "campaigns")!;
    expect(campaigns.open).toBe(1);
    expect(campaigns.score).toBe(Math.round((100 * (3 * 0.5 + 3 + 2 + 2 + 2)) / 12));
    expect(review.score).toBeLessThan(100);

    const dismissal = { rule: "campaign_no_metric", subject: "camp-1", reason: "Counted by hand", dismissedBy: "Ana", createdAt: at };
    const after = reviewPlan(plan, [dismissal]);
    expect(after.score).toBe(100);
    expect(after.findings).toEqual([]);
    expect(after.dismissed).toMatchObject([{ rule: "campaign_no_metric", subject: "camp-1", dismissal }]);
  });

  it("scores an empty plan low, with nothing to check in the parts that need personas", () => {
    const plan = coachPlan();
    Object.assign(plan.snapshot, {
      offerings: [],
      personas: [],
      competitors: [],
      contentIdeas: [],
      socialPlans: [],
      campaigns: [],
      campaignPersonas: [],
    });
    plan.segmentValues = [];
    const review = reviewPlan(plan, []);
    expect(review.score).toBe(0);
    expect(review.areas.find((a) => a.area === "personas")!.score).toBeNull();
    expect(review.findings.map((f) => f.rule)).toEqual(["offerings_none"]);
  });
});

describe("the coach's messages", () => {
  it("say what is wrong and why it matters for every rule, in both languages", async () => {
    for (const locale of ["en", "es"]) {
      const { default: messages } = (await import(`@/lib/i18n/messages/steps/coach.${locale}.json`)) as {
        default: { coach: { rules: Record<string, { what: string; why: string }> } };
      };
      for (const rule of COACH_RULES) {
        expect(messages.coach.rules[rule.id]?.what, `${locale}: ${rule.id}`).toBeTruthy();
        expect(messages.coach.rules[rule.id]?.why, `${locale}: ${rule.id}`).toBeTruthy();
      }
      expect(Object.keys(messages.coach.rules).sort()).toEqual(COACH_RULES.map((r) => r.id).sort());
    }
  });
});
