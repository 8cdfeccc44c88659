import "server-only";
import { and, asc, eq, notInArray } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { offeringsStepMissing, type OfferingsStepInput } from "@/lib/validation/offerings-step";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { categories, offerings } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { deleteOfferingsCascade, offeringDependents } from "./dependents";
import { refreshIntegrationMissing } from "./integration-step";
import { refreshPersonasCompletion } from "./personas-step";
import { bumpStepVersion, lockStepVersion, readStepMeta, type StepMeta } from "./step-versions";

export const OFFERINGS_STEP = 1 as const;

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
 * Replaces the whole step in one transaction: rows are matched by id, so a reload shows
 * exactly what was sent, and a failure part-way leaves the previous version intact.
 * `values.version` must match the stored version, otherwise someone else saved first.
 */
export async function saveOfferingsStep({
  actor,
  projectId,
  values,
  saveId,
  confirmRemovals = false,
}: {
  actor: Actor;
  projectId: string;
  values: OfferingsStepInput;
  /** Names this save attempt: a retry with the same id is answered, not applied again. */
  saveId?: string;
  confirmRemovals?: boolean;
}): Promise<OfferingsStepView> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "step.edit");
    if ((await lockStepVersion(tx, projectId, OFFERINGS_STEP, values.version, saveId)) === "already_applied")
      return readStep(tx, projectId);

    const existingCategories = new Set(
      (await tx.select({ id: categories.id }).from(categories).where(eq(categories.projectId, projectId))).map((r) => r.id),
    );
    const existingOfferings = new Set(
      (await tx.select({ id: offerings.id }).from(offerings).where(eq(offerings.projectId, projectId))).map((r) => r.id),
    );
    // Removing an offering that personas or campaigns hang on needs the user's explicit yes.
    const sentIds = new Set(values.offerings.map((o) => o.id));
    const removed = [...existingOfferings].filter((id) => !sentIds.has(id));
    const dependents = await offeringDependents(tx, removed);
    if (dependents.length && !confirmRemovals) throw new AppError("needs_confirmation", { dependents });
    await deleteOfferingsCascade(tx, projectId, removed);

    // Ids the browser made up for new rows are only keys: new rows get server ids, so a
    // crafted id can never touch a row of another project.
    const categoryIds = new Map<string, string>();
    for (const [position, category] of values.categories.entries()) {
      if (existingCategories.has(category.id)) {
        await tx
          .update(categories)
          .set({ name: category.name, position })
          .where(and(eq(categories.id, category.id), eq(categories.projectId, projectId)));
        categoryIds.set(category.id, category.id);
      } else {
        const [row] = await tx.insert(categories).values({ projectId, name: category.name, position }).returning({ id: categories.id });
        categoryIds.set(category.id, row!.id);
      }
    }

    for (const [position, offering] of values.offerings.entries()) {
      const { id, categoryId, ...fields } = offering;
      const row = { ...fields, categoryId: categoryIds.get(categoryId)!, position };
      if (existingOfferings.has(id)) {
        await tx
          .update(offerings)
          .set(row)
          .where(and(eq(offerings.id, id), eq(offerings.projectId, projectId)));
      } else {
        await tx.insert(offerings).values({ ...row, projectId });
      }
    }

    await tx.delete(categories).where(and(eq(categories.projectId, projectId), notInArray(categories.id, [...categoryIds.values()])));

    await bumpStepVersion(tx, projectId, OFFERINGS_STEP, actor.id, offeringsStepMissing(values), saveId);
    // Removing offerings can take personas, and with them step 5's gaps, along.
    await refreshPersonasCompletion(tx, projectId);
    await refreshIntegrationMissing(tx, projectId);
    return readStep(tx, projectId);
  });
}
