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
