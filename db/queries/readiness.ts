import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";

export type Readiness = { ready: true; ms: number } | { ready: false; reason: "timeout" | "error" };

/**
 * Whether the database answers a trivial query within `timeoutMs`. A hung connection must not
 * hang the check too: the load balancer asking wants an answer, and "no" is one.
 */
export async function checkDatabase(timeoutMs: number, clock: () => number = performance.now.bind(performance)): Promise<Readiness> {
  const started = clock();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([getDb().then((db) => db.execute(sql`select 1`)), timeout]);
    if (outcome === "timeout") return { ready: false, reason: "timeout" };
    return { ready: true, ms: clock() - started };
  } catch {
    return { ready: false, reason: "error" };
  } finally {
    clearTimeout(timer);
  }
}
