import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { MissingItem } from "@/lib/wizard/missing";
import type { StepNumber } from "@/lib/wizard/steps";
import type { Database, Transaction } from "../connect";
import { projects, projectSteps, users } from "../schema";

export interface StepMeta {
  version: number;
  completed: boolean;
  /** True until someone saves the step for the first time. */
  isNew: boolean;
  updatedAt: Date | null;
  updatedByName: string | null;
}

export async function readStepMeta(db: Database | Transaction, projectId: string, step: StepNumber): Promise<StepMeta> {
  const [row] = await db
    .select({
      version: projectSteps.version,
      completed: projectSteps.completed,
      updatedAt: projectSteps.updatedAt,
      updatedByName: users.name,
    })
    .from(projectSteps)
    .leftJoin(users, eq(users.id, projectSteps.updatedBy))
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, step)));
  return {
    version: row?.version ?? 0,
    completed: row?.completed ?? false,
    // A row may exist before anyone saves: other steps' saves record what this one lacks.
    isNew: (row?.version ?? 0) === 0,
    updatedAt: row?.updatedAt ?? null,
    updatedByName: row?.updatedByName ?? null,
  };
}

/** What the stepper and the missing-items summary show of one step. */
export interface StepProgress {
  step: number;
  completed: boolean;
  missing: MissingItem[];
}

/** Every recorded step of the project, by step number: what a save compares before and after. */
export async function readProjectProgress(tx: Transaction, projectId: string): Promise<Map<number, StepProgress>> {
  const rows = await tx
    .select({ step: projectSteps.step, completed: projectSteps.completed, missing: projectSteps.missing })
    .from(projectSteps)
    .where(eq(projectSteps.projectId, projectId))
    .orderBy(asc(projectSteps.step));
  return new Map(rows.map((row) => [row.step, row]));
}

/** What a save does once it holds the step's lock. */
export type SaveStart = "apply" | "already_applied";

/**
 * Opens a step save: locks the step's row so concurrent saves of one step queue up, and
 * refuses the save when the step changed since the user loaded it (no lost updates).
 * A save whose `saveId` produced the current version was already applied (a double
 * submit, or a retry after the answer was lost): it answers "already_applied" and the
 * caller writes nothing, so one change results, not two.
 */
export async function lockStepVersion(
  tx: Transaction,
  projectId: string,
  step: StepNumber,
  expectedVersion: number,
  saveId?: string,
): Promise<SaveStart> {
  // One statement creates the row when missing and locks it either way: an upsert that
  // rewrites nothing waits for a concurrent save of the step like SELECT ... FOR UPDATE, then
  // returns the row as that save left it.
  const [current] = await tx
    .insert(projectSteps)
    .values({ projectId, step })
    .onConflictDoUpdate({
      target: [projectSteps.projectId, projectSteps.step],
      set: { version: sql`${projectSteps.version}`, updatedAt: sql`${projectSteps.updatedAt}` },
    })
    .returning({ version: projectSteps.version, lastSaveId: projectSteps.lastSaveId });
  if (current!.version === expectedVersion) return "apply";
  if (saveId && current!.version === expectedVersion + 1 && current!.lastSaveId === saveId) return "already_applied";
  throw new AppError("conflict", { currentVersion: current!.version });
}

/**
 * Closes a step save: bumps the version, records what is still missing (none = complete),
 * who saved, and which save attempt this was, so a retry of it is recognised.
 */
export async function bumpStepVersion(
  tx: Transaction,
  projectId: string,
  step: StepNumber,
  actorId: string,
  missing: MissingItem[],
  saveId?: string,
): Promise<void> {
  await tx
    .update(projectSteps)
    .set({
      version: sql`${projectSteps.version} + 1`,
      completed: missing.length === 0,
      missing,
      updatedBy: actorId,
      lastSaveId: saveId ?? null,
    })
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, step)));
  await tx.update(projects).set({ updatedAt: new Date() }).where(eq(projects.id, projectId));
}

/**
 * Another step's confirmed save changed this step's rows (ideas moved to another stage, links
 * dropped): a new version makes a form of this step that is open elsewhere answer "conflict"
 * and reload, instead of saving over rows it has not seen. Who saved it, and when, stay.
 */
export async function markStepChangedElsewhere(tx: Transaction, projectId: string, step: StepNumber): Promise<void> {
  await tx
    .update(projectSteps)
    .set({ version: sql`${projectSteps.version} + 1`, updatedAt: sql`${projectSteps.updatedAt}` })
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, step)));
}
