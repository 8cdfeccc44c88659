import "server-only";
import { asc, eq } from "drizzle-orm";
import type { JourneyStageInput } from "@/lib/validation/journey";
import type { Database, Transaction } from "../connect";
import { journeyStages } from "../schema";

/** The project's journey stages in order: what journey maps, content ideas and campaigns point at. */
export function readProjectStages(db: Database | Transaction, projectId: string): Promise<JourneyStageInput[]> {
  return db
    .select({ id: journeyStages.id, name: journeyStages.name })
    .from(journeyStages)
    .where(eq(journeyStages.projectId, projectId))
    .orderBy(asc(journeyStages.position), asc(journeyStages.id));
}

/**
 * The ids of the project's stages, key-share locked until the save ends: step 4 cannot delete a
 * stage that a step 5 save is pointing at meanwhile, and one it already deleted is missing here
 * and reported as unknown.
 */
export async function lockProjectStageIds(tx: Transaction, projectId: string): Promise<Set<string>> {
  const rows = await tx.select({ id: journeyStages.id }).from(journeyStages).where(eq(journeyStages.projectId, projectId)).for("key share");
  return new Set(rows.map((r) => r.id));
}
