import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { journeyStages, personas } from "@/db/schema";
import { blankCell, DEFAULT_STAGE_NAMES, type JourneyCell, type PersonaJourney } from "@/lib/validation/journey";

/** The guitar shop's six stages: the five ready-made ones (stored by code) and a sixth typed by the owner. */
export const GUITAR_STAGES = [...DEFAULT_STAGE_NAMES.slice(0, 3), "Workshop visit", ...DEFAULT_STAGE_NAMES.slice(3)];

/** Words the fixture journey holds, so each format's test can look for them. */
export const JOURNEY_WORDS = {
  objective: "Learn why players who visit the workshop leave without ordering",
  feelingWord: "Anxious",
  painPoint: "No price list on the website",
  touchpoint: "Search for luthier near me",
  walkedNotes: "The booking form asks for too much",
} as const;

/**
 * Gives the project `names` as its journey stages when it has none yet (projects seeded
 * straight into the tables skip createProject, which adds the five) and returns them in order.
 */
export async function ensureStages(db: Database, projectId: string, names: readonly string[] = GUITAR_STAGES) {
  // Projects start with the ready-made stages: keep those, put them in `names`' order, add the rest.
  const existing = await db
    .select({ id: journeyStages.id, name: journeyStages.name })
    .from(journeyStages)
    .where(eq(journeyStages.projectId, projectId));
  for (const [position, name] of names.entries()) {
    const found = existing.find((s) => s.name === name);
    if (found) await db.update(journeyStages).set({ position }).where(eq(journeyStages.id, found.id));
    else await db.insert(journeyStages).values({ projectId, name, position });
  }
  return db
    .select({ id: journeyStages.id, name: journeyStages.name })
    .from(journeyStages)
    .where(eq(journeyStages.projectId, projectId))
    .orderBy(asc(journeyStages.position), asc(journeyStages.id));
}

/**
 * A journey over the given stages: the feeling dips to very negative at the third stage and
 * recovers; the fourth stage is left without a feeling, so the curve has a gap; the
 * objective, a touchpoint and a pain point are the JOURNEY_WORDS. `walkedOn` "" keeps it a hypothesis.
 */
export function sampleJourney(stageIds: readonly string[], walkedOn = ""): PersonaJourney {
  const feelings = [1, 0, -2, null, 1, 2] as const;
  const cells: JourneyCell[] = stageIds.map((stageId, i) => ({
    ...blankCell(stageId),
    touchpoints: i === 0 ? `${JOURNEY_WORDS.touchpoint}\nA friend's recommendation` : `Touchpoint ${i + 1}`,
    thinksAndDoes: `Thinks and does at stage ${i + 1}`,
    feeling: feelings[i % feelings.length]!,
    feelingWord: i === 2 ? JOURNEY_WORDS.feelingWord : "",
    painPoints: i === 2 ? JOURNEY_WORDS.painPoint : "",
    opportunities: i === 2 ? "Publish starting prices" : "",
  }));
  return {
    objective: JOURNEY_WORDS.objective,
    walkedOn,
    walkedNotes: walkedOn ? JOURNEY_WORDS.walkedNotes : "",
    cells,
  };
}

/** Stores `journey` on a persona. */
export async function setJourney(db: Database, personaId: string, journey: PersonaJourney): Promise<void> {
  await db.update(personas).set({ journey }).where(eq(personas.id, personaId));
}

/** Gives the project `names` as its stages and every one of its personas the sample map over them. */
export async function mapEveryPersona(db: Database, projectId: string, names: readonly string[]): Promise<void> {
  const stageIds = (await ensureStages(db, projectId, names)).map((s) => s.id);
  const rows = await db.select({ id: personas.id }).from(personas).where(eq(personas.projectId, projectId));
  for (const { id } of rows) await setJourney(db, id, sampleJourney(stageIds));
}
