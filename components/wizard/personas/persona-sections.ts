import type { JourneyStageInput, PersonaJourney } from "@/lib/validation/journey";
import type { PersonaInput } from "@/lib/validation/personas-step";
import type { PersonaFieldName } from "./persona-field-kit";

/**
 * The parts of one persona, shown one at a time, in the order a person is usually thought
 * through: who they are, what they want, what you offer them, the journey they take with you,
 * how they decide, where to reach them; last, what evidence backs all of that (issue 16).
 */
export const PERSONA_SECTIONS = [
  { slug: "who", fields: ["name", "description", "ageMin", "ageMax", "gender", "location", "occupation", "generation", "b2b"] },
  { slug: "wants", fields: ["goals", "jobs", "pains", "gains", "needs", "motivations", "ideals"] },
  { slug: "value", fields: ["importance", "valueMap", "motivationRivals"] },
  { slug: "journey", fields: ["journey"] },
  { slug: "decides", fields: ["decisionRoles", "needsIntermediary", "intermediaryFor", "objections"] },
  { slug: "reach", fields: ["channelIds", "attractingContent"] },
  { slug: "evidence", fields: ["validation"] },
] as const satisfies readonly {
  slug: string;
  fields: readonly (PersonaFieldName | "importance" | "valueMap" | "motivationRivals" | "journey" | "validation" | "b2b")[];
}[];

export type PersonaSectionSlug = (typeof PERSONA_SECTIONS)[number]["slug"];

export function isPersonaSection(value: string | null): value is PersonaSectionSlug {
  return PERSONA_SECTIONS.some((s) => s.slug === value);
}

/** The section a field is edited in; the offering and id, edited nowhere, count as the first. */
export function sectionOf(field: string): PersonaSectionSlug {
  return PERSONA_SECTIONS.find((s) => (s.fields as readonly string[]).includes(field))?.slug ?? "who";
}

/**
 * The answers that make a persona useful for the plan. Demographics are left out: step 3
 * prefills them, and leaving one empty is a valid answer ("age makes no difference").
 */
const EXPECTED = [
  "description",
  "goals",
  "jobs",
  "pains",
  "gains",
  "needs",
  "motivations",
  "ideals",
  "objections",
  "channelIds",
  "attractingContent",
] as const satisfies readonly PersonaFieldName[];

/** The expected answers still empty, in the order of the sections. */
export function unansweredFields(persona: PersonaInput): PersonaFieldName[] {
  return EXPECTED.filter((field) => {
    const value = persona[field];
    return Array.isArray(value) ? value.length === 0 : !value.trim();
  });
}

/**
 * The server gives new personas ids of its own (a browser's id is only a key), and answers
 * with the step grouped by offering, in the order sent inside each. Pairing the personas of
 * each offering in order tells which stored id each sent persona got, so the form can keep
 * updating that row instead of replacing it on every save.
 */
export function adoptStoredIds<T extends { personas: readonly { id: string; offeringId: string }[] }>(
  sent: T,
  stored: T,
): Map<string, string> {
  const storedByOffering = new Map<string, string[]>();
  for (const persona of stored.personas)
    storedByOffering.set(persona.offeringId, [...(storedByOffering.get(persona.offeringId) ?? []), persona.id]);
  const renamed = new Map<string, string>();
  for (const persona of sent.personas) {
    const id = storedByOffering.get(persona.offeringId)?.shift();
    if (id && id !== persona.id) renamed.set(persona.id, id);
  }
  return renamed;
}

/**
 * The sent stage list on the server's ids (the stored list is in the sent order), and each
 * persona's journey with its cells moved onto those ids, cells of removed stages dropped as the
 * server dropped them. A journey nothing changed in is returned as it was.
 */
export function adoptStoredStages<T extends { stages?: readonly JourneyStageInput[] }>(
  sent: T,
  stored: T,
): { list: JourneyStageInput[] | undefined; journey: (journey: PersonaJourney) => PersonaJourney } {
  if (!sent.stages || !stored.stages) return { list: undefined, journey: (journey) => journey };
  const ids = new Map(sent.stages.map((s, i) => [s.id, stored.stages![i]?.id ?? s.id]));
  const list = sent.stages.map((s) => ({ ...s, id: ids.get(s.id)! }));
  return {
    list,
    journey: (journey) => {
      const moved = journey.cells.some((c) => ids.get(c.stageId) !== c.stageId);
      return moved
        ? { ...journey, cells: journey.cells.filter((c) => ids.has(c.stageId)).map((c) => ({ ...c, stageId: ids.get(c.stageId)! })) }
        : journey;
    },
  };
}
