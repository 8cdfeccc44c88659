import "server-only";
import { genderName } from "@/lib/wizard/choice-labels";
import type { GenderSuggestion } from "@/lib/validation/demographics-step";
import { asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import {
  GENERATIONS,
  NO_DEFAULTS,
  personasStepMissing,
  type Generation,
  type PersonaCompetitor,
  type PersonaDefaults,
  type PersonaInput,
  type PersonaOffering,
  type PersonasStepInput,
} from "@/lib/validation/personas-step";
import type { JourneyStageInput } from "@/lib/validation/journey";
import { stepBySlug } from "@/lib/wizard/steps";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { competitors, offerings, personas, targetProfiles } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { deletePersonasCascade, personaDependents } from "./dependents";
import { lockProjectChannelIds } from "./project-channels";
import { projectCompetitorIds } from "./competitors-step";
import { readProjectStages } from "./journey-stages";
import { journeyOnStages, planStages, stageDependents, writeStages } from "./stage-links";
import { readJourneyPlanItems } from "./journey-plan-items";
import type { JourneyPlanItem } from "@/lib/wizard/journey-plan";
import { profileItemDependents, unlinkRemovedProfileItems } from "./profile-item-links";
import { pruneValueMap } from "@/lib/wizard/fit";
import { pruneValidatedClaims } from "@/lib/wizard/persona-validation";
import { matchList, writeListRows } from "./replace-list";
import { saveStep, type SaveStepInput, type StepStore } from "./save-step";
import { projectOfferings } from "./step-dependencies";
import { markStepChangedElsewhere, readStepMeta, type StepMeta } from "./step-versions";
import { references, requireKnownReferences } from "./unknown-references";

// The class every step throws for a reference outside the project, under the name callers know.
export { ReferenceFieldErrors as PersonasFieldErrors } from "./unknown-references";

export const PERSONAS_STEP = stepBySlug("personas").number;

export interface PersonasStepView extends PersonasStepInput {
  meta: StepMeta;
  /** The project's journey stages in order (always read, though a save may leave them out). */
  stages: JourneyStageInput[];
  /** Step 1's offerings, in their order: the groups the personas belong to. */
  offerings: PersonaOffering[];
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
  decisionRoles: personas.decisionRoles,
  needsIntermediary: personas.needsIntermediary,
  channelIds: personas.channelIds,
  attractingContent: personas.attractingContent,
  objections: personas.objections,
  importance: personas.importance,
  valueMap: personas.valueMap,
  motivationRivals: personas.motivationRivals,
  validation: personas.validation,
  journey: personas.journey,
  intermediaryFor: personas.intermediaryFor,
  fromData: personas.fromData,
  b2b: personas.b2b,
};

const isGeneration = (value: string): value is Generation => (GENERATIONS as readonly string[]).includes(value);

async function readStep(db: Database | Transaction, projectId: string): Promise<PersonasStepView> {
  const meta = await readStepMeta(db, projectId, PERSONAS_STEP);
  const offeringRows = await projectOfferings(db, projectId);
  // Grouped the way the page shows them: by offering order, then by position inside it.
  const rows = await db
    .select(personaColumns)
    .from(personas)
    .innerJoin(offerings, eq(offerings.id, personas.offeringId))
    .where(eq(personas.projectId, projectId))
    .orderBy(asc(offerings.position), asc(personas.position), asc(personas.id));
  const personaRows: PersonaInput[] = rows.map((row) => ({
    ...row,
    intermediaryFor: row.intermediaryFor ?? "",
    // Written only through the validated save, but a text column may still hold anything.
    generation: isGeneration(row.generation) ? row.generation : "",
  }));
  return { meta, version: meta.version, offerings: offeringRows, personas: personaRows, stages: await readProjectStages(db, projectId) };
}

/**
 * Step 3's answers reduced to what a single persona can start from. A persona's gender is
 * free text, so step 3's ready-made choices are copied in as the reader's words (`genderLabel`).
 */
async function readPersonaDefaults(
  db: Database,
  projectId: string,
  genderLabel: (code: GenderSuggestion) => string,
): Promise<PersonaDefaults> {
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
    gender: profile.genders
      .map((g) => genderName(g, genderLabel))
      .join(", ")
      .slice(0, 60),
    location: profile.locations.join(", ").slice(0, 120),
    occupation: profile.occupation.slice(0, 120),
  };
}

export async function getPersonasStep({
  actor,
  projectId,
  genderLabel = (code) => code,
}: {
  actor: Actor;
  projectId: string;
  genderLabel?: (code: GenderSuggestion) => string;
}): Promise<
  PersonasStepView & {
    defaults: PersonaDefaults;
    competitors: PersonaCompetitor[];
    /** What step 5 plans per persona and stage, for the journey maps. */
    planItems: JourneyPlanItem[];
  }
> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  const step = await readStep(db, projectId);
  const competitorRows = await db
    .select({ id: competitors.id, name: competitors.name })
    .from(competitors)
    .where(eq(competitors.projectId, projectId))
    .orderBy(asc(competitors.position), asc(competitors.id));
  return {
    ...step,
    defaults: await readPersonaDefaults(db, projectId, genderLabel),
    competitors: competitorRows,
    planItems: await readJourneyPlanItems(db, projectId),
  };
}

/**
 * Step 4 for the save engine, personas matched by id like step 1. Removing personas that
 * step 5 uses needs `confirmRemovals`.
 */
export const personasStore: StepStore<PersonasStepInput, PersonasStepView, PersonaOffering[]> = {
  step: stepBySlug("personas"),
  read: readStep,
  missing: (values, projectOfferingRows) => personasStepMissing(projectOfferingRows, values.personas),
  async write(tx, { projectId, values, confirmRemovals }) {
    // Key-share locks keep step 1 from deleting these offerings until this save ends;
    // one it already deleted is simply missing here and reported as unknown.
    const offeringRows = await projectOfferings(tx, projectId).for("key share");
    const offeringIds = new Set(offeringRows.map((o) => o.id));
    const channelIds = await lockProjectChannelIds(tx, projectId);
    const rivals = values.personas.map((p) => ({ motivationRivals: p.motivationRivals.flatMap((r) => r.competitorIds) }));
    const cells = values.personas.map((p) => ({ journey: p.journey.cells.map((c) => c.stageId) }));
    // Sent stages replace the list; otherwise cells must name stored stages.
    const stagePlan = values.stages ? await planStages(tx, projectId, values.stages) : null;
    const stageIds =
      stagePlan?.known ??
      (cells.some((c) => c.journey.length) ? new Set((await readProjectStages(tx, projectId)).map((s) => s.id)) : new Set<string>());
    // Read only when some motivation names a competitor: most saves send none.
    const competitorIds = rivals.some((r) => r.motivationRivals.length) ? await projectCompetitorIds(tx, projectId) : new Set<string>();
    requireKnownReferences([
      references({ list: "personas", rows: values.personas, field: "offeringId", known: offeringIds, code: "unknown_offering" }),
      references({ list: "personas", rows: values.personas, field: "channelIds", known: channelIds, code: "unknown_channel" }),
      references({ list: "personas", rows: rivals, field: "motivationRivals", known: competitorIds, code: "unknown_competitor" }),
      references({ list: "personas", rows: cells, field: "journey", known: stageIds, code: "unknown_item" }),
    ]);

    const match = await matchList(tx, personas, projectId, values.personas);
    const dependents = [
      ...(await personaDependents(tx, match.removed)),
      ...(await profileItemDependents(tx, projectId, values.personas, match.ids)),
      ...(stagePlan ? await stageDependents(tx, projectId, stagePlan, values.personas) : []),
    ];
    if (dependents.length && !confirmRemovals) throw new AppError("needs_confirmation", { dependents });
    await deletePersonasCascade(tx, projectId, match.removed);
    if (stagePlan) await writeStages(tx, projectId, values.stages!, stagePlan);

    // Positions count within each offering, in the order the personas were sent.
    const nextPosition = new Map<string, number>();
    const rows = values.personas.map((persona, index) => {
      const position = nextPosition.get(persona.offeringId) ?? 0;
      nextPosition.set(persona.offeringId, position + 1);
      // Links to a persona sent in this save follow it to its server id.
      const intermediaryFor = persona.intermediaryFor ? (match.ids.get(persona.intermediaryFor) ?? null) : null;
      const journey = journeyOnStages(persona.journey, stagePlan);
      const fromData = persona.fromData ?? null;
      const b2b = persona.b2b ?? null;
      const validation = pruneValidatedClaims(persona);
      return {
        ...persona,
        ...pruneValueMap(persona),
        validation,
        journey,
        intermediaryFor,
        fromData,
        b2b,
        id: match.rowIds[index]!,
        position,
      };
    });
    await writeListRows(tx, personas, projectId, rows);
    if (dependents.length) await unlinkRemovedProfileItems(tx, projectId);
    if (dependents.some((d) => (d.contentIdeas ?? 0) + (d.campaigns ?? 0) + (d.socialPlans ?? 0) > 0))
      await markStepChangedElsewhere(tx, projectId, stepBySlug("integration").number);
    return offeringRows;
  },
};

/** Saves step 4 (see personasStore) and answers with the step as stored. */
export async function savePersonasStep(input: SaveStepInput<PersonasStepInput>): Promise<PersonasStepView> {
  return (await saveStep(personasStore, input)).view;
}
