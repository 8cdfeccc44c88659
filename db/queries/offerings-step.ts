import "server-only";
import { and, asc, eq, notInArray, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { isOfferingsStepComplete, type OfferingsStepInput } from "@/lib/validation/offerings-step";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { categories, offerings, projects, projectSteps } from "../schema";
import { requireProjectPermission, type Actor } from "./access";

export const OFFERINGS_STEP = 1;

export interface OfferingsStepView extends OfferingsStepInput {
  completed: boolean;
  /** True until the owner saves the step for the first time. */
  isNew: boolean;
}

async function readStep(db: Database | Transaction, projectId: string): Promise<OfferingsStepView> {
  const [stepRow] = await db
    .select({ version: projectSteps.version, completed: projectSteps.completed })
    .from(projectSteps)
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, OFFERINGS_STEP)));
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
    version: stepRow?.version ?? 0,
    completed: stepRow?.completed ?? false,
    isNew: !stepRow,
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
}: {
  actor: Actor;
  projectId: string;
  values: OfferingsStepInput;
}): Promise<OfferingsStepView> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "step.edit");
    await tx.insert(projectSteps).values({ projectId, step: OFFERINGS_STEP }).onConflictDoNothing();
    // The row lock serialises concurrent saves of this step; the loser sees the new version.
    const [current] = await tx
      .select({ version: projectSteps.version })
      .from(projectSteps)
      .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, OFFERINGS_STEP)))
      .for("update");
    if (current!.version !== values.version) throw new AppError("conflict");

    const existingCategories = new Set(
      (await tx.select({ id: categories.id }).from(categories).where(eq(categories.projectId, projectId))).map((r) => r.id),
    );
    const existingOfferings = new Set(
      (await tx.select({ id: offerings.id }).from(offerings).where(eq(offerings.projectId, projectId))).map((r) => r.id),
    );

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
        const [row] = await tx
          .insert(categories)
          .values({ projectId, name: category.name, position })
          .returning({ id: categories.id });
        categoryIds.set(category.id, row!.id);
      }
    }

    const keptOfferings: string[] = [];
    for (const [position, offering] of values.offerings.entries()) {
      const { id, categoryId, ...fields } = offering;
      const row = { ...fields, categoryId: categoryIds.get(categoryId)!, position };
      if (existingOfferings.has(id)) {
        await tx
          .update(offerings)
          .set(row)
          .where(and(eq(offerings.id, id), eq(offerings.projectId, projectId)));
        keptOfferings.push(id);
      } else {
        const [inserted] = await tx
          .insert(offerings)
          .values({ ...row, projectId })
          .returning({ id: offerings.id });
        keptOfferings.push(inserted!.id);
      }
    }

    await tx
      .delete(offerings)
      .where(
        keptOfferings.length
          ? and(eq(offerings.projectId, projectId), notInArray(offerings.id, keptOfferings))
          : eq(offerings.projectId, projectId),
      );
    await tx
      .delete(categories)
      .where(and(eq(categories.projectId, projectId), notInArray(categories.id, [...categoryIds.values()])));

    await tx
      .update(projectSteps)
      .set({ version: sql`${projectSteps.version} + 1`, completed: isOfferingsStepComplete(values), updatedBy: actor.id })
      .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, OFFERINGS_STEP)));
    await tx.update(projects).set({ updatedAt: new Date() }).where(eq(projects.id, projectId));
    return readStep(tx, projectId);
  });
}
