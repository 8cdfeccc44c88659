import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { AppError, type FieldErrorMap } from "@/lib/errors";
import {
  GENERATIONS,
  NO_DEFAULTS,
  personasStepMissing,
  type Generation,
  type PersonaDefaults,
  type PersonaInput,
  type PersonaOffering,
  type PersonasStepInput,
} from "@/lib/validation/personas-step";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { offerings, personas, projectSteps, targetProfiles } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { deletePersonasCascade, personaDependents } from "./dependents";
import { refreshIntegrationMissing } from "./integration-step";
import { bumpStepVersion, lockStepVersion, readStepMeta, type StepMeta } from "./step-versions";

export const PERSONAS_STEP = 4 as const;

export interface PersonasStepView extends PersonasStepInput {
  meta: StepMeta;
  /** Step 1's offerings, in their order: the groups the personas belong to. */
  offerings: PersonaOffering[];
}

/**
 * A save that is well-formed but points at rows the project does not have (an offering
 * removed in step 1 meanwhile, or a crafted id). It carries field errors so that the
 * action can show them next to the persona instead of as a generic failure.
 */
export class PersonasFieldErrors extends AppError {
  constructor(readonly fieldErrors: FieldErrorMap) {
    super("validation", { fieldErrors });
    this.name = "PersonasFieldErrors";
  }
}

const personaColumns = {
  id: personas.id,
  offeringId: personas.offeringId,
  name: personas.name,
  description: personas.description,
  ageMin: personas.ageMin,
  ageMax: personas.ageMax,
  gender: personas.gender,
  location: personas.location,
  occupation: personas.occupation,
  generation: personas.generation,
  goals: personas.goals,
  jobs: personas.jobs,
  pains: personas.pains,
  gains: personas.gains,
  needs: personas.needs,
  motivations: personas.motivations,
  ideals: personas.ideals,
  decisionRole: personas.decisionRole,
  needsIntermediary: personas.needsIntermediary,
  channels: personas.channels,
  attractingContent: personas.attractingContent,
  objections: personas.objections,
};

const isGeneration = (value: string): value is Generation => (GENERATIONS as readonly string[]).includes(value);

async function readOfferings(db: Database | Transaction, projectId: string): Promise<PersonaOffering[]> {
  return db
    .select({ id: offerings.id, name: offerings.name })
    .from(offerings)
    .where(eq(offerings.projectId, projectId))
    .orderBy(asc(offerings.position));
}

async function readStep(db: Database | Transaction, projectId: string): Promise<PersonasStepView> {
  const meta = await readStepMeta(db, projectId, PERSONAS_STEP);
  const offeringRows = await readOfferings(db, projectId);
  // Grouped the way the page shows them: by offering order, then by position inside it.
  const rows = await db
    .select(personaColumns)
    .from(personas)
    .innerJoin(offerings, eq(offerings.id, personas.offeringId))
    .where(eq(personas.projectId, projectId))
    .orderBy(asc(offerings.position), asc(personas.position), asc(personas.id));
  const personaRows: PersonaInput[] = rows.map((row) => ({
    ...row,
    // Written only through the validated save, but a text column may still hold anything.
    generation: isGeneration(row.generation) ? row.generation : "",
  }));
  return { meta, version: meta.version, offerings: offeringRows, personas: personaRows };
}

/** Step 3's answers reduced to what a single persona can start from. */
async function readPersonaDefaults(db: Database, projectId: string): Promise<PersonaDefaults> {
  const [profile] = await db
    .select({
      ageMin: targetProfiles.ageMin,
      ageMax: targetProfiles.ageMax,
      generations: targetProfiles.generations,
      genders: targetProfiles.genders,
      locations: targetProfiles.locations,
      occupation: targetProfiles.occupation,
    })
    .from(targetProfiles)
    .where(eq(targetProfiles.projectId, projectId));
  if (!profile) return NO_DEFAULTS;
  const generations = profile.generations.filter(isGeneration);
  return {
    ageMin: profile.ageMin,
    ageMax: profile.ageMax,
    // A persona is one person: a single generation carries over, a spread of them does not.
    generation: generations.length === 1 ? generations[0]! : "",
    gender: profile.genders.join(", ").slice(0, 60),
    location: profile.locations.join(", ").slice(0, 120),
    occupation: profile.occupation.slice(0, 120),
  };
}

export async function getPersonasStep({
  actor,
  projectId,
}: {
  actor: Actor;
  projectId: string;
}): Promise<PersonasStepView & { defaults: PersonaDefaults }> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  const step = await readStep(db, projectId);
  return { ...step, defaults: await readPersonaDefaults(db, projectId) };
}

/**
 * Recomputes step 4's completion from what is stored and records it, without touching the
 * version or who saved last: offerings come and go in step 1, and that alone can make
 * step 4 complete or incomplete.
 */
export async function refreshPersonasCompletion(tx: Transaction, projectId: string): Promise<boolean> {
  const offeringRows = await readOfferings(tx, projectId);
  const covered = await tx.selectDistinct({ offeringId: personas.offeringId }).from(personas).where(eq(personas.projectId, projectId));
  const missing = personasStepMissing(offeringRows, covered);
  const completed = missing.length === 0;
  await tx.insert(projectSteps).values({ projectId, step: PERSONAS_STEP, completed, missing }).onConflictDoNothing();
  await tx
    .update(projectSteps)
    // updatedAt keeps its value: this is not a save by anyone.
    .set({ completed, missing, updatedAt: sql`${projectSteps.updatedAt}` })
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, PERSONAS_STEP)));
  return completed;
}

/**
 * Replaces the step's personas in one transaction, matched by id like step 1: a reload
 * shows exactly what was sent, and any failure leaves the previous version intact.
 * Removing personas that step 5 uses needs `confirmRemovals`.
 */
export async function savePersonasStep({
  actor,
  projectId,
  values,
  saveId,
  confirmRemovals = false,
}: {
  actor: Actor;
  projectId: string;
  values: PersonasStepInput;
  /** Names this save attempt: a retry with the same id is answered, not applied again. */
  saveId?: string;
  confirmRemovals?: boolean;
}): Promise<PersonasStepView> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "step.edit");
    if ((await lockStepVersion(tx, projectId, PERSONAS_STEP, values.version, saveId)) === "already_applied") return readStep(tx, projectId);

    // Key-share locks keep step 1 from deleting these offerings until this save ends;
    // one it already deleted is simply missing here and reported as unknown.
    const projectOfferings = await tx
      .select({ id: offerings.id, name: offerings.name })
      .from(offerings)
      .where(eq(offerings.projectId, projectId))
      .for("key share");
    const offeringIds = new Set(projectOfferings.map((o) => o.id));
    const fieldErrors: FieldErrorMap = {};
    values.personas.forEach((p, index) => {
      if (!offeringIds.has(p.offeringId)) fieldErrors[`personas.${index}.offeringId`] = "unknown_offering";
    });
    if (Object.keys(fieldErrors).length) throw new PersonasFieldErrors(fieldErrors);

    const existing = new Set(
      (await tx.select({ id: personas.id }).from(personas).where(eq(personas.projectId, projectId))).map((r) => r.id),
    );
    const sentIds = new Set(values.personas.map((p) => p.id));
    const removed = [...existing].filter((id) => !sentIds.has(id));
    const dependents = await personaDependents(tx, removed);
    if (dependents.length && !confirmRemovals) throw new AppError("needs_confirmation", { dependents });
    await deletePersonasCascade(tx, projectId, removed);

    // Positions count within each offering, in the order the personas were sent.
    const nextPosition = new Map<string, number>();
    for (const persona of values.personas) {
      const { id, ...fields } = persona;
      const position = nextPosition.get(persona.offeringId) ?? 0;
      nextPosition.set(persona.offeringId, position + 1);
      // Ids the browser made up are only keys: new rows get server ids, so a crafted id
      // can never reach a row of another project.
      if (existing.has(id)) {
        await tx
          .update(personas)
          .set({ ...fields, position })
          .where(and(eq(personas.id, id), eq(personas.projectId, projectId)));
      } else {
        await tx.insert(personas).values({ ...fields, position, projectId });
      }
    }

    await bumpStepVersion(tx, projectId, PERSONAS_STEP, actor.id, personasStepMissing(projectOfferings, values.personas), saveId);
    // Step 5 asks for a content idea per persona: new or removed personas change what it lacks.
    await refreshIntegrationMissing(tx, projectId);
    return readStep(tx, projectId);
  });
}
