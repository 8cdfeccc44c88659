import type { CoachPlan, SnapshotPersona } from "@/lib/coach/model";
import { EMPTY_DEMOGRAPHICS } from "@/lib/validation/demographics-step";
import { blankPersona } from "@/lib/validation/personas-step";
import { NO_VALIDATION } from "@/lib/validation/persona-validation";

// A small plan the coach has nothing to say about: every rule's test trips it with one change
// (lib/coach/rules.test.ts), so each rule is seen both passing and failing.

export const STAGE = { awareness: "st-aw", consideration: "st-co", decision: "st-de", retention: "st-re", advocacy: "st-ad" } as const;
export const CHANNEL = { instagram: "ch-ig", newsletter: "ch-nl" } as const;

function persona(id: string, fields: Partial<SnapshotPersona>): SnapshotPersona {
  const { gender, location, occupation, generation, ageMin, ageMax, ...blank } = blankPersona(id, "off-1");
  return {
    ...blank,
    name: id,
    ageMin: ageMin ?? null,
    ageMax: ageMax ?? null,
    gender: gender ?? "",
    location: location ?? "",
    occupation: occupation ?? "",
    generation: generation ?? "",
    validation: NO_VALIDATION,
    intermediaryFor: null,
    fromData: null,
    b2b: null,
    ...fields,
  };
}

const cell = (stageId: string, painPoints: string) => ({
  stageId,
  touchpoints: "The shop window",
  thinksAndDoes: "",
  feeling: null,
  feelingWord: "",
  painPoints,
  opportunities: "",
});

/** A well-rounded persona of the guitar shop: profile, value map, journey, evidence. */
function rounded(id: string, fields: Partial<SnapshotPersona>): SnapshotPersona {
  return persona(id, {
    jobs: ["Play in a band"],
    pains: ["Cheap guitars go out of tune"],
    gains: ["Sounds good from day one"],
    needs: "Stays in tune",
    motivations: "Warm sound",
    ideals: "A real musician",
    objections: "Price",
    channelIds: [CHANNEL.instagram],
    importance: { jobs: {}, pains: { "Cheap guitars go out of tune": "essential" }, gains: {} },
    valueMap: [
      { id: `${id}-vm1`, kind: "product", text: "Set-up included", answers: ["Play in a band"], needs: ["Stays in tune"] },
      { id: `${id}-vm2`, kind: "reliever", text: "Free tuning visits", answers: ["Cheap guitars go out of tune"], needs: [] },
      { id: `${id}-vm3`, kind: "creator", text: "Hand-set action", answers: ["Sounds good from day one"], needs: [] },
    ],
    motivationRivals: [{ motivation: "Warm sound", competitorIds: ["comp-1"] }],
    journey: {
      objective: "Where first buyers drop off",
      walkedOn: "2026-03-01",
      walkedNotes: "",
      cells: [cell(STAGE.decision, "Fears a bad buy")],
    },
    ...fields,
  });
}

export function coachPlan(): CoachPlan {
  return {
    today: "2026-06-01",
    segmentValues: [{ segment: "best", potential: 5 }],
    snapshot: {
      project: { id: "proj-1", name: "Lutería Lorca", description: "" },
      steps: [],
      categories: [{ id: "cat-1", name: "Guitars" }],
      offerings: [
        {
          id: "off-1",
          categoryId: "cat-1",
          name: "Handmade guitars",
          definition: "Guitars built to order",
          objective: "Half of the revenue",
          weight: 5,
          revenueShare: 50,
          tier: "core",
          audience: "Players who outgrew their first guitar",
        },
      ],
      competitors: [{ id: "comp-1", name: "Big Music", website: "", overlap: "", revenueModel: "", channels: "Instagram ads", notes: "" }],
      digitalProfile: { media: [], keywords: ["luthier near me"], needs: "", painPoints: "Guitars that buzz" },
      targetProfile: { ...EMPTY_DEMOGRAPHICS, ageMin: 25, ageMax: 45, valuesAndCustoms: "Values craft over brands" },
      channels: [
        { id: CHANNEL.instagram, name: "instagram" },
        { id: CHANNEL.newsletter, name: "Newsletter" },
      ],
      stages: Object.entries(STAGE).map(([name, id]) => ({ id, name })),
      personas: [
        rounded("ana", {
          name: "Ana",
          generation: "millennials",
          decisionRoles: ["buyer"],
          // Ana also stands for the music school that sends Luis: the intermediary he needs.
          intermediaryFor: "luis",
          validation: { ...NO_VALIDATION, status: "validated", evidence: ["interviews"], confidence: "medium" },
          fromData: { segment: "best", customers: 12, fields: ["name"] },
        }),
        rounded("luis", {
          name: "Luis",
          generation: "gen_x",
          decisionRoles: ["influencer"],
          needsIntermediary: true,
          pains: ["Nobody to ask for advice"],
          importance: { jobs: {}, pains: {}, gains: {} },
          valueMap: [
            { id: "luis-vm1", kind: "product", text: "Set-up included", answers: ["Play in a band"], needs: ["Stays in tune"] },
            { id: "luis-vm2", kind: "reliever", text: "Advice in the workshop", answers: ["Nobody to ask for advice"], needs: [] },
            { id: "luis-vm3", kind: "creator", text: "Hand-set action", answers: ["Sounds good from day one"], needs: [] },
          ],
          journey: { objective: "", walkedOn: "2026-03-02", walkedNotes: "", cells: [cell(STAGE.retention, "No one follows up")] },
          validation: {
            ...NO_VALIDATION,
            plan: [{ id: "vp-1", what: "Ask five customers", how: "", who: "", due: "2026-07-01", done: false }],
          },
        }),
      ],
      contentIdeas: [
        {
          id: "idea-1",
          personaId: "ana",
          topic: "Why set-up matters",
          format: "",
          stageId: STAGE.decision,
          addresses: "Cheap guitars go out of tune",
          addressesKind: "pain",
          plannedOn: null,
        },
        {
          id: "idea-2",
          personaId: "luis",
          topic: "Care tips",
          format: "",
          stageId: STAGE.retention,
          addresses: "Nobody to ask for advice",
          addressesKind: "pain",
          plannedOn: null,
        },
      ],
      socialPlans: [
        { id: "soc-1", personaId: "ana", channelId: CHANNEL.instagram, purpose: "Show the workshop", frequency: "Weekly", tone: "" },
      ],
      campaigns: [
        {
          id: "camp-1",
          offeringId: "off-1",
          kind: "launch",
          channelId: CHANNEL.instagram,
          budgetCents: 10_000,
          currency: "EUR",
          startsOn: "2026-05-01",
          endsOn: "2026-05-31",
          objective: "Ten bookings",
          successMetric: "Bookings",
          answers: [{ personaId: "ana", kind: "pain", item: "Cheap guitars go out of tune" }],
          stageId: null,
        },
        {
          id: "camp-2",
          offeringId: "off-1",
          kind: "promotion",
          channelId: CHANNEL.newsletter,
          budgetCents: 5_000,
          currency: "EUR",
          startsOn: "2026-06-01",
          endsOn: "2026-06-30",
          objective: "Repeat visits",
          successMetric: "Visits",
          answers: [{ personaId: "luis", kind: "gain", item: "Sounds good from day one" }],
          stageId: null,
        },
      ],
      campaignPersonas: [
        { campaignId: "camp-1", personaId: "ana" },
        { campaignId: "camp-2", personaId: "luis" },
      ],
    },
  };
}

export const coachPersona = persona;
