// The bounded load test: the step page and the save under 64 connections each, at the same
// time, for a minute; then the database is read back to check that every save answered `ok`
// was applied exactly once and that nothing else was.
import postgres from "postgres";
import type { ActionEndpoint } from "@/e2e/support/server-actions";
import { demographicsSaveTarget, failedSaves, load, type LoadResult, type LoadTarget } from "./load";

export interface RowCheck {
  projects: number;
  savesAnswered: number;
  /** Projects whose stored version or text disagrees with the saves answered `ok`. */
  mismatches: string[];
}

export interface LoadTestResult {
  page: LoadResult;
  save: LoadResult;
  rows: RowCheck;
  refusedSaves: string[];
}

export async function runLoadTest({
  baseURL,
  databaseUrl,
  page,
  saveEndpoint,
  projectIds,
  cookie,
  connections,
  seconds,
}: {
  baseURL: string;
  databaseUrl: string;
  page: LoadTarget;
  saveEndpoint: ActionEndpoint;
  projectIds: string[];
  cookie: string;
  connections: number;
  seconds: number;
}): Promise<LoadTestResult> {
  const saves = demographicsSaveTarget(saveEndpoint, projectIds, cookie, baseURL, connections, "load test: save step 3");
  failedSaves.length = 0;
  const [pageResult, saveResult] = await Promise.all([load(baseURL, page, seconds), load(baseURL, saves, seconds)]);
  const refusedSaves = failedSaves.splice(0);
  saveResult.errors += refusedSaves.length;

  // Each project started at version 1 (the seed) and each applied save adds one. Every save
  // answered `ok` must be applied, no save can be applied twice (at most the saves sent), and
  // the stored text must be the one of the last save applied. Anything else is a lost, doubled
  // or mixed write.
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ project_id: string; version: number; text: string | null }[]>`
      select s.project_id, s.version, t.values_and_customs as text
      from project_steps s left join target_profiles t on t.project_id = s.project_id
      where s.step = 3 and s.project_id = any(${projectIds}::uuid[])`;
    const mismatches: string[] = [];
    for (const id of projectIds) {
      const row = rows.find((r) => r.project_id === id);
      const { sent, ok } = saves.ledger.get(id)!;
      const applied = (row?.version ?? 1) - 1;
      if (!row) mismatches.push(`${id}: no step row`);
      else if (applied < ok || applied > sent.length)
        mismatches.push(`${id}: ${applied} saves applied, ${ok} answered ok of ${sent.length} sent`);
      else if (applied > 0 && !row.text?.endsWith(`(${sent[applied - 1]})`))
        mismatches.push(`${id}: text "${row.text}" is not that of save ${sent[applied - 1]}`);
    }
    const savesAnswered = [...saves.ledger.values()].reduce((sum, l) => sum + l.ok, 0);
    return { page: pageResult, save: saveResult, rows: { projects: projectIds.length, savesAnswered, mismatches }, refusedSaves };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
