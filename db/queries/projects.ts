import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { overallReviewStatus } from "@/lib/reviews/overall-status";
import type { CreateProjectInput, ProjectDetailsInput, ProjectKindInput } from "@/lib/validation/project";
import { DEFAULT_STAGE_NAMES } from "@/lib/validation/journey";
import { getDb } from "../client";
import {
  categories,
  comments,
  journeyStages,
  offerings,
  projectMembers,
  projects,
  projectSteps,
  stepReviews,
  users,
  type ReviewStatus,
} from "../schema";
import { requireProjectPermission, type Actor } from "./access";

// The dashboard's only read: everything a card shows comes from correlated subqueries, so the
// page costs one query whether the user has one project or a mentor's hundred.
export async function listProjectsForUser({ actor }: { actor: Actor }) {
  const db = await getDb();
  const ownership = alias(projectMembers, "ownership");
  const ownerName = db
    .select({ name: users.name })
    .from(ownership)
    .innerJoin(users, eq(users.id, ownership.userId))
    .where(and(eq(ownership.projectId, projects.id), eq(ownership.role, "owner")))
    .limit(1);
  const reviewCount = (status: ReviewStatus) =>
    sql<number>`(select count(*)::int from ${stepReviews} where ${stepReviews.projectId} = ${projects.id} and ${stepReviews.status} = ${status})`;
  const rows = await db
    .select({
      id: projects.id,
      name: projects.name,
      description: projects.description,
      updatedAt: projects.updatedAt,
      role: projectMembers.role,
      ownerName: sql<string | null>`(${ownerName})`,
      completedSteps: sql<number>`(select count(*)::int from ${projectSteps} where ${projectSteps.projectId} = ${projects.id} and ${projectSteps.completed})`,
      offeringCount: sql<number>`(select count(*)::int from ${offerings} where ${offerings.projectId} = ${projects.id})`,
      categoryCount: sql<number>`(select count(*)::int from ${categories} where ${categories.projectId} = ${projects.id})`,
      reviewedSteps: reviewCount("reviewed"),
      changesRequestedSteps: reviewCount("changes_requested"),
      // Threads, not comments: a reply does not make a discussion more open.
      openThreads: sql<number>`(select count(*)::int from ${comments} where ${comments.projectId} = ${projects.id} and ${comments.parentId} is null and ${comments.resolvedAt} is null)`,
    })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(eq(projectMembers.userId, actor.id))
    .orderBy(desc(projects.updatedAt));
  return rows.map(({ reviewedSteps, changesRequestedSteps, ...row }) => ({
    ...row,
    reviewStatus: overallReviewStatus([
      ...Array<ReviewStatus>(changesRequestedSteps).fill("changes_requested"),
      ...Array<ReviewStatus>(reviewedSteps).fill("reviewed"),
    ]),
  }));
}

export type ProjectListItem = Awaited<ReturnType<typeof listProjectsForUser>>[number];

export async function getProject({ actor, projectId }: { actor: Actor; projectId: string }) {
  const db = await getDb();
  const role = await requireProjectPermission(db, actor, projectId, "project.read");
  const [project] = await db
    .select({ id: projects.id, name: projects.name, description: projects.description, kind: projects.kind, updatedAt: projects.updatedAt })
    .from(projects)
    .where(eq(projects.id, projectId));
  const steps = await db
    .select({ step: projectSteps.step, completed: projectSteps.completed, missing: projectSteps.missing })
    .from(projectSteps)
    .where(eq(projectSteps.projectId, projectId));
  return {
    ...project!,
    role,
    completedSteps: steps.filter((s) => s.completed).map((s) => s.step),
    // Steps never saved have no row: they are "not started", which the stepper says.
    missingByStep: new Map(steps.map((s) => [s.step, s.missing])),
  };
}

export type ProjectView = Awaited<ReturnType<typeof getProject>>;

/** Without a kind, the project gets the neutral "other" set of examples (the column's default). */
export async function createProject({
  actor,
  details,
}: {
  actor: Actor;
  details: ProjectDetailsInput & Partial<Pick<CreateProjectInput, "kind">>;
}): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [project] = await tx.insert(projects).values(details).returning({ id: projects.id });
    await tx.insert(projectMembers).values({ projectId: project!.id, userId: actor.id, role: "owner" });
    // The ready-made journey stages, which the owner can then rename, reorder and add to.
    await tx.insert(journeyStages).values(DEFAULT_STAGE_NAMES.map((name, position) => ({ projectId: project!.id, name, position })));
    return project!.id;
  });
}

export async function updateProjectDetails({
  actor,
  projectId,
  details,
}: {
  actor: Actor;
  projectId: string;
  details: ProjectDetailsInput;
}): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.update");
  await db.update(projects).set(details).where(eq(projects.id, projectId));
}

/**
 * The kind only picks the wizard's examples and starter categories, so whoever fills in the
 * steps may change it; a mentor, who reads and comments, may not.
 */
export async function updateProjectKind({
  actor,
  projectId,
  kind,
}: {
  actor: Actor;
  projectId: string;
  kind: ProjectKindInput["kind"];
}): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "step.edit");
  await db.update(projects).set({ kind }).where(eq(projects.id, projectId));
}

export async function deleteProject({ actor, projectId }: { actor: Actor; projectId: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "project.delete");
    // Members, steps, categories and offerings go with it through ON DELETE CASCADE.
    await tx.delete(projects).where(and(eq(projects.id, projectId)));
  });
}
