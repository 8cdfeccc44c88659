import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { MissingItem } from "@/lib/wizard/missing";
import type { Database, Transaction } from "../connect";
import { projects, projectSteps, users } from "../schema";

export type StepNumber = 1 | 2 | 3 | 4 | 5;

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

/**
 * Opens a step save: locks the step's row so concurrent saves of one step queue up, and
 * refuses the save when the step changed since the user loaded it (no lost updates).
 */
export async function lockStepVersion(tx: Transaction, projectId: string, step: StepNumber, expectedVersion: number): Promise<void> {
  await tx.insert(projectSteps).values({ projectId, step }).onConflictDoNothing();
  const [current] = await tx
    .select({ version: projectSteps.version })
    .from(projectSteps)
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, step)))
    .for("update");
  if (current!.version !== expectedVersion) throw new AppError("conflict", { currentVersion: current!.version });
}

/** Closes a step save: bumps the version, records what is still missing (none = complete) and who saved. */
export async function bumpStepVersion(
  tx: Transaction,
  projectId: string,
  step: StepNumber,
  actorId: string,
  missing: MissingItem[],
): Promise<void> {
  await tx
    .update(projectSteps)
    .set({ version: sql`${projectSteps.version} + 1`, completed: missing.length === 0, missing, updatedBy: actorId })
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, step)));
  await tx.update(projects).set({ updatedAt: new Date() }).where(eq(projects.id, projectId));
}
