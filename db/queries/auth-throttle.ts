import "server-only";
import { and, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "../client";
import { authThrottle } from "../schema";

export interface ThrottleRule {
  key: string;
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** Seconds until the longest lock among these keys ends, or 0 when none is locked. */
export async function secondsLocked(keys: string[]): Promise<number> {
  const db = await getDb();
  const rows = await db
    .select({ lockedUntil: authThrottle.lockedUntil })
    .from(authThrottle)
    .where(and(inArray(authThrottle.key, keys), gt(authThrottle.lockedUntil, sql`now()`)));
  const latest = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return latest ? Math.ceil((latest - Date.now()) / 1000) : 0;
}

// One atomic upsert per key, so concurrent failures on several instances all count.
export async function recordFailure(rule: ThrottleRule): Promise<void> {
  const db = await getDb();
  const window = sql`make_interval(secs => ${rule.windowSeconds})`;
  const expired = sql`${authThrottle.windowStartedAt} < now() - ${window}`;
  const nextCount = sql`case when ${expired} then 1 else ${authThrottle.failures} + 1 end`;
  const lockUntil = sql`now() + make_interval(secs => ${rule.lockSeconds})`;
  await db
    .insert(authThrottle)
    // The first failure is an insert: it must lock too when the rule allows a single failure.
    .values({ key: rule.key, failures: 1, windowStartedAt: sql`now()`, lockedUntil: rule.maxFailures <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: {
        failures: nextCount,
        windowStartedAt: sql`case when ${expired} then now() else ${authThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when ${nextCount} >= ${rule.maxFailures} then ${lockUntil} else ${authThrottle.lockedUntil} end`,
      },
    });
}

export async function clearFailures(key: string): Promise<void> {
  const db = await getDb();
  await db.delete(authThrottle).where(inArray(authThrottle.key, [key]));
}
