import "server-only";
import { customerOverview } from "@/lib/customers/customer-overview";
import { personaFieldsFromDraft, type PersonaDraftWords } from "@/lib/customers/draft-persona-fields";
import type { Segment } from "@/lib/customers/segments";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/uuid";
import { blankPersona, MAX_PERSONAS, type PersonaOffering } from "@/lib/validation/personas-step";
import { getDb } from "../client";
import { requireProjectPermission, type Actor } from "./access";
import { readCustomerSummaries } from "./customer-data";
import { personasStore } from "./personas-step";
import { saveStep, type SavedStep } from "./save-step";
import { projectOfferings } from "./step-dependencies";
import { ReferenceFieldErrors } from "./unknown-references";

// Where the customer data meets step 4: a persona drafted from a group of imported customers.

/** Step 1's offerings, in its order: what a drafted persona can be for. */
export async function projectOfferingNames({ actor, projectId }: { actor: Actor; projectId: string }): Promise<PersonaOffering[]> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return projectOfferings(db, projectId);
}

export interface DraftedPersona {
  /** The persona's id as stored, for the link to it in step 4. */
  personaId: string;
  /** Step 4's version after the draft was added. */
  version: number;
}

/** Tries before giving up when another save of step 4 lands between reading it and saving. */
const ATTEMPTS = 3;

/**
 * Appends to step 4 a persona for `offeringId` drafted from the customers of `segment`, as
 * scored on `today` (an ISO day: the caller owns the clock). It goes through step 4's save
 * engine, so permission, version lock, missing items and the stepper behave as for the form.
 * `words` are the reader's sentences; what they are given is all numbers and codes.
 */
export async function draftPersonaFromSegment({
  actor,
  projectId,
  segment,
  offeringId,
  today,
  words,
}: {
  actor: Actor;
  projectId: string;
  segment: Segment;
  offeringId: string;
  today: string;
  words: PersonaDraftWords;
}): Promise<SavedStep<DraftedPersona>> {
  const db = await getDb();
  // Before reading any customer: a mentor may see the groups, but not add to the step.
  await requireProjectPermission(db, actor, projectId, "step.edit");
  const draft = customerOverview(await readCustomerSummaries(db, projectId), today).drafts[segment];
  if (!draft) throw new AppError("not_found");

  for (let attempt = 1; ; attempt++) {
    const step = await personasStore.read(db, projectId);
    const offering = step.offerings.find((o) => o.id === offeringId);
    if (!offering) throw new ReferenceFieldErrors({ offeringId: "unknown_offering" });
    if (step.personas.length >= MAX_PERSONAS) throw new ReferenceFieldErrors({ offeringId: `too_many:${MAX_PERSONAS}` });
    const { fields, fromData } = personaFieldsFromDraft(draft, offering.name, words);
    const persona = { ...blankPersona(newId(), offering.id), ...fields, fromData };
    try {
      const saved = await saveStep(personasStore, {
        actor,
        projectId,
        values: { version: step.version, personas: [...step.personas, persona] },
      });
      // The server gives a new persona an id of its own: it is the one the step did not have.
      const before = new Set(step.personas.map((p) => p.id));
      const added = saved.view.personas.find((p) => !before.has(p.id))!;
      return { view: { personaId: added.id, version: saved.view.version }, progressChanged: saved.progressChanged };
    } catch (error) {
      if (!(error instanceof AppError && error.code === "conflict") || attempt === ATTEMPTS) throw error;
    }
  }
}
