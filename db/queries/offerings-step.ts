import "server-only";
import { asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { offeringsStepMissing, type OfferingsStepInput } from "@/lib/validation/offerings-step";
import { stepBySlug } from "@/lib/wizard/steps";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { categories, offerings } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { deleteOfferingsCascade, offeringDependents } from "./dependents";
import { deleteListRows, matchList, writeListRows } from "./replace-list";
import { saveStep, type SaveStepInput, type StepStore } from "./save-step";
import { readStepMeta, type StepMeta } from "./step-versions";

export const OFFERINGS_STEP = stepBySlug("offerings").number;

export interface OfferingsStepView extends OfferingsStepInput {
  meta: StepMeta;
}

async function readStep(db: Database | Transaction, projectId: string): Promise<OfferingsStepView> {
  const meta = await readStepMeta(db, projectId, OFFERINGS_STEP);
  const categoryRows = await db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .where(eq(categories.projectId, projectId))
    .orderBy(asc(categories.position));
  const offeringRows = await db
    .select({
      id: offerings.id,
      categoryId: offerings.categoryId,
      name: offerings.name,
      definition: offerings.definition,
      objective: offerings.objective,
      weight: offerings.weight,
      revenueShare: offerings.revenueShare,
      tier: offerings.tier,
      audience: offerings.audience,
    })
    .from(offerings)
    .where(eq(offerings.projectId, projectId))
    .orderBy(asc(offerings.position));
  return {
    meta,
    version: meta.version,
    categories: categoryRows,
    offerings: offeringRows,
  };
}

export async function getOfferingsStep({ actor, projectId }: { actor: Actor; projectId: string }): Promise<OfferingsStepView> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return readStep(db, projectId);
}

/**
 * Step 1 for the save engine. Rows are matched by id, so a reload shows exactly what was sent.
 * Removing an offering that personas or campaigns hang on needs the user's explicit yes.
 */
export const offeringsStore: StepStore<OfferingsStepInput, OfferingsStepView> = {
  step: stepBySlug("offerings"),
  read: readStep,
  missing: offeringsStepMissing,
  async write(tx, { projectId, values, confirmRemovals }) {
    const categoryMatch = await matchList(tx, categories, projectId, values.categories);
    const offeringMatch = await matchList(tx, offerings, projectId, values.offerings);
    const dependents = await offeringDependents(tx, offeringMatch.removed);
    if (dependents.length && !confirmRemovals) throw new AppError("needs_confirmation", { dependents });
    await deleteOfferingsCascade(tx, projectId, offeringMatch.removed);

    await writeListRows(
      tx,
      categories,
      projectId,
      values.categories.map((category, position) => ({ id: categoryMatch.rowIds[position]!, name: category.name, position })),
    );
    await writeListRows(
      tx,
      offerings,
      projectId,
      values.offerings.map((offering, position) => ({
        ...offering,
        id: offeringMatch.rowIds[position]!,
        categoryId: categoryMatch.ids.get(offering.categoryId)!,
        position,
      })),
    );
    // Only now: a category is removed once no offering uses it any more.
    await deleteListRows(tx, categories, projectId, categoryMatch.removed);
  },
};

/** Saves step 1 (see offeringsStore) and answers with the step as stored. */
export async function saveOfferingsStep(input: SaveStepInput<OfferingsStepInput>): Promise<OfferingsStepView> {
  return (await saveStep(offeringsStore, input)).view;
}
