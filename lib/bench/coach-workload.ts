// The coach's timing on the large bench plan, loaded by coach-child.ts through Vitest's module
// runner (for the "@/" paths and the server-only stub, as exports-child.ts explains). Not part
// of the test suite: its name does not end in .test.ts and no test imports it.
import { setConnectionForTests } from "@/db/client";
import { openMemoryConnection } from "@/db/connect";
import { applyMigrations } from "@/db/migrations-runner";
import { getCoachReport } from "@/db/queries/coach";
import { readPlanSnapshot } from "@/db/queries/plan-overview";
import { reviewPlan } from "@/lib/coach/review";
import { createTestUser } from "@/lib/testing/databases";
import { mapEveryPersona } from "@/lib/testing/journey-seed";
import { LARGE_PLAN, seedPlan } from "@/lib/testing/plan-seed";

const NOW = new Date("2026-06-01T09:00:00Z");
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface CoachBenchResult {
  size: typeof LARGE_PLAN;
  /** getCoachReport end to end: permission, the plan's read, dismissals, every rule. */
  reportMedianMs: number;
  /** The rules alone over the plan already in memory. */
  rulesMedianMs: number;
  findings: number;
  score: number;
  runs: number;
}

async function timed(runs: number, work: () => Promise<unknown> | unknown): Promise<number[]> {
  await work(); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

export async function measureCoach(runs = 15): Promise<CoachBenchResult> {
  const connection = await openMemoryConnection();
  try {
    await applyMigrations(connection);
    setConnectionForTests(connection);
    const owner = await createTestUser(connection.db);
    const { projectId } = await seedPlan(connection.db, { ownerId: owner.id, size: LARGE_PLAN });
    await mapEveryPersona(connection.db, projectId, ["awareness", "consideration", "decision", "retention", "advocacy"]);
    const report = await getCoachReport({ actor: owner, projectId, now: NOW });
    const reportTimes = await timed(runs, () => getCoachReport({ actor: owner, projectId, now: NOW }));
    const snapshot = await connection.db.transaction((tx) => readPlanSnapshot(tx, projectId));
    const plan = { snapshot, segmentValues: [], today: "2026-06-01" };
    const ruleTimes = await timed(runs * 4, () => reviewPlan(plan, []));
    return {
      size: LARGE_PLAN,
      reportMedianMs: median(reportTimes),
      rulesMedianMs: median(ruleTimes),
      findings: report.findings.length,
      score: report.score,
      runs,
    };
  } finally {
    await connection.close();
  }
}
