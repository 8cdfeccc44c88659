import "server-only";
import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import {
  demographicsStepMissing,
  EMPTY_DEMOGRAPHICS,
  sortGenerations,
  type DemographicsProfile,
  type DemographicsStepInput,
} from "@/lib/validation/demographics-step";
import { GENERATIONS, type Generation } from "@/lib/validation/personas-step";
import { canonicalGenders } from "@/lib/wizard/choice-labels";
import { stepBySlug } from "@/lib/wizard/steps";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { targetProfiles } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { saveStep, type SaveStepInput, type StepStore } from "./save-step";
import { readStepMeta, type StepMeta } from "./step-versions";

export const DEMOGRAPHICS_STEP = stepBySlug("demographics").number;
const AGE_ORDER_CHECK = "target_profiles_age_order";

export interface DemographicsStepView extends DemographicsStepInput {
  meta: StepMeta;
}

const isGeneration = (value: string): value is Generation => (GENERATIONS as readonly string[]).includes(value);

/**
 * True when `error` (or what it wraps: drizzle wraps the driver's error in `cause`) is
 * PostgreSQL refusing a row because of the named check constraint.
 */
function violatesCheck(error: unknown, constraint: string): boolean {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const fields = e as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (fields.code === "23514" && (fields.constraint_name ?? fields.constraint) === constraint) return true;
  }
  return false;
}

async function readStep(db: Database | Transaction, projectId: string): Promise<DemographicsStepView> {
  const meta = await readStepMeta(db, projectId, DEMOGRAPHICS_STEP);
  const [row] = await db
    .select({
      ageMin: targetProfiles.ageMin,
      ageMax: targetProfiles.ageMax,
      generations: targetProfiles.generations,
      genders: targetProfiles.genders,
      locations: targetProfiles.locations,
      household: targetProfiles.household,
      occupation: targetProfiles.occupation,
      economicLevel: targetProfiles.economicLevel,
      educationLevel: targetProfiles.educationLevel,
      languages: targetProfiles.languages,
      valuesAndCustoms: targetProfiles.valuesAndCustoms,
    })
    .from(targetProfiles)
    .where(eq(targetProfiles.projectId, projectId));
  // Written only through the validated save, but a text[] column may still hold anything.
  const profile: DemographicsProfile = row ? { ...row, generations: row.generations.filter(isGeneration) } : EMPTY_DEMOGRAPHICS;
  return { meta, version: meta.version, ...profile };
}

export async function getDemographicsStep({ actor, projectId }: { actor: Actor; projectId: string }): Promise<DemographicsStepView> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return readStep(db, projectId);
}

/**
 * Stored in the method's order, whatever order the generations were ticked in, and with each
 * ready-made gender as its code even when a caller sent its name in some language.
 */
function asProfile(values: DemographicsStepInput): DemographicsProfile {
  const fields: Partial<DemographicsStepInput> = { ...values };
  delete fields.version;
  return {
    ...(fields as DemographicsProfile),
    generations: sortGenerations(values.generations),
    genders: canonicalGenders(values.genders),
  };
}

/**
 * Step 3 for the save engine: the project's one target profile. The database's own check
 * keeps the minimum age at or below the maximum even for a caller that skipped the schema;
 * its refusal comes back as the same field error the form shows.
 */
export const demographicsStore: StepStore<DemographicsStepInput, DemographicsStepView> = {
  step: stepBySlug("demographics"),
  read: readStep,
  missing: (values) => demographicsStepMissing(asProfile(values)),
  async write(tx, { projectId, values }) {
    const profile = asProfile(values);
    await tx
      .insert(targetProfiles)
      .values({ projectId, ...profile })
      .onConflictDoUpdate({ target: targetProfiles.projectId, set: profile });
  },
  explainError: (error) =>
    violatesCheck(error, AGE_ORDER_CHECK) ? new AppError("validation", { fieldErrors: { ageMax: "age_order" } }) : undefined,
};

/** Saves step 3 (see demographicsStore) and answers with the step as stored. */
export async function saveDemographicsStep(input: SaveStepInput<DemographicsStepInput>): Promise<DemographicsStepView> {
  return (await saveStep(demographicsStore, input)).view;
}
