import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { journeyStages } from "@/db/schema";

/** A project's stage ids by stored name ("awareness" for a ready-made one), for tests that pick one. */
export async function stageIds(db: Database, projectId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: journeyStages.id, name: journeyStages.name })
    .from(journeyStages)
    .where(eq(journeyStages.projectId, projectId))
    .orderBy(asc(journeyStages.position));
  return new Map(rows.map((r) => [r.name, r.id]));
}
