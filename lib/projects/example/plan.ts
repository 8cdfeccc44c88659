import type { PersonaInput } from "@/lib/validation/personas-step";
import type { ExampleContent, ExampleIds } from "./content";

type Answer = readonly [persona: string, kind: "pain" | "gain", index: number];

// What step 5 plans, the same in every language: who each action is for, where, when, for how much,
// and which of the persona's pains or gains it answers (by its place in the persona's list).
const IDEAS = {
  woods: { persona: "persona.student", stage: "awareness", answers: ["persona.student", "pain", 0], plannedOn: "2027-01-20" },
  exam: { persona: "persona.student", stage: "consideration", answers: ["persona.student", "gain", 0], plannedOn: "2027-02-03" },
  teachers: { persona: "persona.teacher", stage: "consideration", answers: ["persona.teacher", "pain", 0], plannedOn: "2027-01-27" },
  diary: { persona: "persona.concert", stage: "consideration", answers: ["persona.concert", "gain", 1], plannedOn: "2027-03-01" },
  hall: { persona: "persona.concert", stage: "decision", answers: ["persona.concert", "gain", 0], plannedOn: "2027-04-05" },
  buzz: { persona: "persona.repairs", stage: "awareness", answers: ["persona.repairs", "pain", 1], plannedOn: "2027-02-01" },
  summer: { persona: "persona.repairs", stage: "retention", answers: null, plannedOn: "2027-06-15" },
} as const satisfies Record<string, { persona: string; stage: string; answers: Answer | null; plannedOn: string }>;

const SOCIAL = {
  instagram: { persona: "persona.student", channel: "channel.instagram" },
  newsletter: { persona: "persona.teacher", channel: "channel.newsletter" },
  youtube: { persona: "persona.concert", channel: "channel.youtube" },
  facebook: { persona: "persona.repairs", channel: "channel.facebook" },
} as const;

const CAMPAIGNS = {
  student: {
    offering: "offering.student",
    kind: "launch",
    personas: ["persona.student", "persona.teacher"],
    channel: "channel.instagram",
    budget: "1200.00",
    dates: ["2027-01-15", "2027-03-15"],
    answers: [
      ["persona.student", "pain", 1],
      ["persona.student", "gain", 2],
    ],
    stage: "consideration",
  },
  concert: {
    offering: "offering.concert",
    kind: "promotion",
    personas: ["persona.concert"],
    channel: "channel.events",
    budget: "2500.00",
    dates: ["2027-04-01", "2027-06-30"],
    answers: [["persona.concert", "pain", 0]],
    stage: "decision",
  },
  repairs: {
    offering: "offering.repairs",
    kind: "promotion",
    personas: ["persona.repairs"],
    channel: "channel.search",
    budget: "400.00",
    dates: ["2027-02-01", "2027-02-28"],
    answers: [["persona.repairs", "gain", 0]],
    stage: "awareness",
  },
} as const satisfies Record<string, { answers: readonly Answer[]; personas: readonly string[] } & Record<string, unknown>>;

/** The words of step 5 in one language; everything else about the plan is above. */
export interface PlanTexts {
  ideas: Record<keyof typeof IDEAS, { topic: string; format: string; addresses?: string }>;
  social: Record<keyof typeof SOCIAL, { purpose: string; frequency: string; tone: string }>;
  campaigns: Record<keyof typeof CAMPAIGNS, { objective: string; successMetric: string }>;
}

const entries = <K extends string, V>(record: Record<K, V>) => Object.entries(record) as [K, V][];

/** Step 5 of the example: every action names the persona it is for and what it answers, in their own words. */
export function examplePlan(id: ExampleIds, personas: readonly PersonaInput[], texts: PlanTexts): ExampleContent["integration"] {
  const item = ([key, kind, index]: Answer) => {
    const persona = personas.find((p) => p.id === id(key))!;
    return (kind === "pain" ? persona.pains : persona.gains)[index]!;
  };
  return {
    contentIdeas: entries(IDEAS).map(([key, idea]) => ({
      id: id(`idea.${key}`),
      personaId: id(idea.persona),
      topic: texts.ideas[key].topic,
      format: texts.ideas[key].format,
      stageId: id(`stage.${idea.stage}`),
      addresses: idea.answers ? item(idea.answers) : (texts.ideas[key].addresses ?? ""),
      addressesKind: idea.answers ? idea.answers[1] : "",
      plannedOn: idea.plannedOn,
    })),
    socialPlans: entries(SOCIAL).map(([key, plan]) => ({
      id: id(`social.${key}`),
      personaId: id(plan.persona),
      channelId: id(plan.channel),
      ...texts.social[key],
    })),
    campaigns: entries(CAMPAIGNS).map(([key, campaign]) => ({
      id: id(`campaign.${key}`),
      offeringId: id(campaign.offering),
      kind: campaign.kind,
      personaIds: campaign.personas.map(id),
      channelId: id(campaign.channel),
      budget: campaign.budget,
      currency: "EUR",
      startsOn: campaign.dates[0],
      endsOn: campaign.dates[1],
      ...texts.campaigns[key],
      answers: campaign.answers.map((answer) => ({ personaId: id(answer[0]), kind: answer[1], item: item(answer) })),
      stageId: id(`stage.${campaign.stage}`),
    })),
  };
}
