import type { PlanSnapshot } from "./plan-overview";

type SnapshotPersona = PlanSnapshot["personas"][number];

/** Words the data layer cannot choose itself: a drafted persona's stand-in name, in the reader's language. */
export interface OutsiderWords {
  /** "Persona 2": the name for the n-th persona whose name still came from customer data. */
  draftedPersonaName(n: number): string;
}

/**
 * A persona as someone outside the team may read it. Fields a draft from imported customers
 * filled and nobody rewrote hold that data (the group's name, its spend and purchase figures,
 * its dominant city, ages and gender), so they are left out, with the record of the draft. The
 * owner's note on the evidence and the research to-do list are the team's working notes.
 */
function outsiderPersona(persona: SnapshotPersona, name: string): SnapshotPersona {
  const drafted = new Set(persona.fromData?.fields ?? []);
  return {
    ...persona,
    name,
    description: drafted.has("description") ? "" : persona.description,
    ageMin: drafted.has("ageMin") ? null : persona.ageMin,
    ageMax: drafted.has("ageMax") ? null : persona.ageMax,
    gender: drafted.has("gender") ? "" : persona.gender,
    location: drafted.has("location") ? "" : persona.location,
    fromData: null,
    validation: { ...persona.validation, note: "", plan: [] },
  };
}

/**
 * What a read-only link shows of a plan: the plan without customer data or the team's notes.
 * The snapshot holds no comments or reviews to begin with (readPlanSnapshot reads neither).
 */
export function planForOutsiders(snapshot: PlanSnapshot, words: OutsiderWords): PlanSnapshot {
  let drafted = 0;
  return {
    ...snapshot,
    personas: snapshot.personas.map((persona) =>
      outsiderPersona(persona, persona.fromData?.fields.includes("name") ? words.draftedPersonaName(++drafted) : persona.name),
    ),
  };
}
