import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { projectSteps } from "@/db/schema";

const STEP_COLUMNS = {
  version: projectSteps.version,
  completed: projectSteps.completed,
  missing: projectSteps.missing,
  updatedBy: projectSteps.updatedBy,
};

type StepColumn = keyof typeof STEP_COLUMNS;
type StoredStep = typeof projectSteps.$inferSelect;

/** A step's row in project_steps as stored, with only the columns a test compares; undefined when there is none. */
export async function readStepRow<K extends StepColumn>(
  db: Database,
  projectId: string,
  step: number,
  columns: readonly K[],
): Promise<Pick<StoredStep, K> | undefined> {
  const [row] = await db
    .select(Object.fromEntries(columns.map((column) => [column, STEP_COLUMNS[column]])) as Pick<typeof STEP_COLUMNS, K>)
    .from(projectSteps)
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, step)));
  return row as Pick<StoredStep, K> | undefined;
}
