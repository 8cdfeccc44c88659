import "server-only";
import { asc, eq } from "drizzle-orm";
import { isUuid } from "@/lib/uuid";
import { getDb } from "../client";
import { projectSteps } from "../schema";

/**
 * What the project's stepper and missing-items summary are drawn from, as one comparable
 * string. A save compares it before and after so that it re-renders the page only when the
 * stepper would change. It never leaves the server, so it needs no permission check of its own:
 * the save that follows it checks them.
 */
export async function readStepProgress(projectId: string): Promise<string> {
  // A malformed id is the save's to refuse (as not found), not a query error here.
  if (!isUuid(projectId)) return "";
  const db = await getDb();
  const rows = await db
    .select({ step: projectSteps.step, completed: projectSteps.completed, missing: projectSteps.missing })
    .from(projectSteps)
    .where(eq(projectSteps.projectId, projectId))
    .orderBy(asc(projectSteps.step));
  return JSON.stringify(rows);
}
