import "server-only";
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { getDb } from "../client";
import type { Transaction } from "../connect";
import {
  campaignPersonas,
  campaigns,
  categories,
  coachDismissals,
  comments,
  competitors,
  contentIdeas,
  customerImports,
  customerPurchases,
  customerSegmentValues,
  digitalProfiles,
  exportCache,
  invitations,
  notifications,
  offerings,
  personas,
  planBranding,
  planVersions,
  projectChannels,
  projectMembers,
  projects,
  projectSteps,
  journeyStages,
  shareLinks,
  socialPlans,
  stepReviews,
  targetProfiles,
} from "../schema";
import { requireProjectPermission, type Actor } from "./access";

/**
 * The tables whose rows make up a project's answers, each copied by duplicateProject. The
 * test beside this file fails when a table that belongs to a project is in neither list, so a
 * new step's table cannot be left out of copies unnoticed.
 */
export const COPIED_TABLES = [
  projects,
  projectSteps,
  categories,
  offerings,
  personas,
  competitors,
  digitalProfiles,
  projectChannels,
  targetProfiles,
  contentIdeas,
  socialPlans,
  campaigns,
  campaignPersonas,
  planBranding,
  journeyStages,
] as const;

/**
 * Left behind on purpose: the copy is the actor's own, so nobody else is a member or invited,
 * and the comments and reviews were about the original's answers, written to its owner.
 */
// Notifications are the original's mentors' news, not part of the plan. Customer data is
// personal data that stays in its project: any member, a mentor too, may copy a project into
// their own account, and would otherwise own its customers' rows there. The segments' values
// describe those customers and go with them.
export const NOT_COPIED_TABLES = [
  projectMembers,
  invitations,
  comments,
  stepReviews,
  notifications,
  customerImports,
  customerPurchases,
  customerSegmentValues,
  // A copy starts its own history: the coach's dismissals, saved versions and read-only
  // links belong to the plan they were made on.
  coachDismissals,
  planVersions,
  shareLinks,
  // Rendered downloads are keyed by their project: a copy renders its own.
  exportCache,
] as const;

/**
 * New ids for one table's rows, handed out in the order of the old ones. Lists are sorted by
 * position and then by id, so rows that share a position (personas of different offerings)
 * read in the same order in the copy as in the original.
 */
class IdMap {
  private readonly map = new Map<string, string>();

  add(oldIds: readonly string[]): void {
    const fresh = oldIds.map(() => randomUUID()).sort();
    [...oldIds].sort().forEach((id, i) => this.map.set(id, fresh[i]!));
  }

  /** The copy's id for `id`; a reference to a row that was not copied is a bug, not a dangling id. */
  to(id: string): string {
    const mapped = this.map.get(id);
    if (!mapped) throw new Error(`duplicateProject: no copy of referenced row ${id}`);
    return mapped;
  }

  /** For ids kept in jsonb, which no foreign key guards: one of a removed row is dropped. */
  known(ids: readonly string[]): string[] {
    return ids.flatMap((id) => this.map.get(id) ?? []);
  }
}

// PostgreSQL takes at most 65,535 parameters per statement; 500 rows of the widest table
// (personas, about 25 columns) stay far below it.
const BATCH = 500;

async function insertAll<T extends PgTable>(tx: Transaction, table: T, rows: T["$inferInsert"][]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await tx.insert(table).values(rows.slice(start, start + BATCH));
}

async function copyProjectRows(tx: Transaction, sourceId: string, copyId: string, actor: Actor): Promise<void> {
  const byProject = (table: { projectId: AnyPgColumn }) => eq(table.projectId, sourceId);
  const ids = new IdMap();
  const [
    steps,
    categoryRows,
    offeringRows,
    personaRows,
    competitorRows,
    digital,
    target,
    ideas,
    social,
    campaignRows,
    targets,
    channelRows,
    branding,
    stageRows,
  ] = await Promise.all([
    tx.select().from(projectSteps).where(byProject(projectSteps)).orderBy(asc(projectSteps.step)),
    tx.select().from(categories).where(byProject(categories)),
    tx.select().from(offerings).where(byProject(offerings)),
    tx.select().from(personas).where(byProject(personas)),
    tx.select().from(competitors).where(byProject(competitors)),
    tx.select().from(digitalProfiles).where(byProject(digitalProfiles)),
    tx.select().from(targetProfiles).where(byProject(targetProfiles)),
    tx.select().from(contentIdeas).where(byProject(contentIdeas)),
    tx.select().from(socialPlans).where(byProject(socialPlans)),
    tx.select().from(campaigns).where(byProject(campaigns)),
    tx
      .select({ campaignId: campaignPersonas.campaignId, personaId: campaignPersonas.personaId })
      .from(campaignPersonas)
      .innerJoin(campaigns, eq(campaigns.id, campaignPersonas.campaignId))
      .where(eq(campaigns.projectId, sourceId)),
    tx.select().from(projectChannels).where(byProject(projectChannels)),
    tx.select().from(planBranding).where(byProject(planBranding)),
    tx.select().from(journeyStages).where(byProject(journeyStages)),
  ]);
  for (const rows of [categoryRows, offeringRows, personaRows, competitorRows, ideas, social, campaignRows, channelRows, stageRows]) {
    ids.add(rows.map((row) => row.id));
  }
  const own = { projectId: copyId };
  const copyOf = <R extends { id: string }>(row: R) => ({ ...row, ...own, id: ids.to(row.id) });

  // The copy's steps are the actor's from now on: "last saved by" names them, and a save id
  // of the original must not be mistaken for a retry in the copy.
  await insertAll(
    tx,
    projectSteps,
    steps.map((row) => ({ ...row, ...own, updatedBy: actor.id, lastSaveId: null, updatedAt: new Date() })),
  );
  await insertAll(tx, categories, categoryRows.map(copyOf));
  await insertAll(tx, projectChannels, channelRows.map(copyOf));
  await insertAll(tx, journeyStages, stageRows.map(copyOf));
  await insertAll(
    tx,
    offerings,
    offeringRows.map((row) => ({ ...copyOf(row), categoryId: ids.to(row.categoryId) })),
  );
  await insertAll(
    tx,
    personas,
    personaRows.map((row) => ({
      ...copyOf(row),
      offeringId: ids.to(row.offeringId),
      channelIds: row.channelIds.map((id) => ids.to(id)),
      intermediaryFor: row.intermediaryFor && ids.to(row.intermediaryFor),
      motivationRivals: row.motivationRivals.map((r) => ({ ...r, competitorIds: ids.known(r.competitorIds) })),
      // The validation plan's rows are the copy's own to tick off: new ids, like every other row.
      validation: { ...row.validation, plan: row.validation.plan.map((item) => ({ ...item, id: randomUUID() })) },
      journey: {
        ...row.journey,
        cells: row.journey.cells.flatMap((cell) => ids.known([cell.stageId]).map((stageId) => ({ ...cell, stageId }))),
      },
    })),
  );
  await insertAll(tx, competitors, competitorRows.map(copyOf));
  await insertAll(
    tx,
    digitalProfiles,
    digital.map((row) => ({ ...row, ...own })),
  );
  await insertAll(
    tx,
    targetProfiles,
    target.map((row) => ({ ...row, ...own })),
  );
  await insertAll(
    tx,
    contentIdeas,
    ideas.map((row) => ({ ...copyOf(row), personaId: ids.to(row.personaId), stageId: ids.to(row.stageId) })),
  );
  await insertAll(
    tx,
    socialPlans,
    social.map((row) => ({ ...copyOf(row), personaId: ids.to(row.personaId), channelId: ids.to(row.channelId) })),
  );
  await insertAll(
    tx,
    campaigns,
    campaignRows.map((row) => ({
      ...copyOf(row),
      offeringId: ids.to(row.offeringId),
      channelId: ids.to(row.channelId),
      stageId: row.stageId && ids.to(row.stageId),
      answers: row.answers.flatMap((a) => ids.known([a.personaId]).map((personaId) => ({ ...a, personaId }))),
    })),
  );
  await insertAll(
    tx,
    campaignPersonas,
    targets.map((row) => ({ campaignId: ids.to(row.campaignId), personaId: ids.to(row.personaId) })),
  );
  // The logo and accent colour are part of what the plan looks like when downloaded.
  await insertAll(
    tx,
    planBranding,
    branding.map((row) => ({ ...row, ...own, updatedAt: new Date() })),
  );
}

/**
 * Copies a project with every answer of its five steps into a new project owned by the actor,
 * called `name`, in one transaction: all of it or nothing. Whoever may read a project may copy
 * it, since the copy shows them nothing they could not already read; strangers get not_found.
 * Every id is new and every reference points inside the copy. Members, invitations, comments
 * and reviews stay with the original. Returns the copy's id.
 */
export async function duplicateProject({ actor, projectId, name }: { actor: Actor; projectId: string; name: string }): Promise<string> {
  const db = await getDb();
  // Repeatable read: every table is read from one snapshot, so a save that lands meanwhile
  // cannot leave the copy with a campaign whose persona was read before it was removed.
  return db.transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "project.read");
      const [source] = await tx.select().from(projects).where(eq(projects.id, projectId));
      // Every column of the project but its identity and dates, so a detail added later is copied too.
      const values: typeof projects.$inferInsert = { ...source!, name };
      delete values.id;
      delete values.createdAt;
      delete values.updatedAt;
      const [copy] = await tx.insert(projects).values(values).returning({ id: projects.id });
      const copyId = copy!.id;
      await tx.insert(projectMembers).values({ projectId: copyId, userId: actor.id, role: "owner" });
      await copyProjectRows(tx, projectId, copyId, actor);
      return copyId;
    },
    { isolationLevel: "repeatable read" },
  );
}
