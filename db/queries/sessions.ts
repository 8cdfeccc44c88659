import "server-only";
import { and, eq, lt, notExists, sql } from "drizzle-orm";
import { getDb } from "../client";
import { revokedSessions, users } from "../schema";

export interface SessionClaims {
  userId: string;
  /** users.session_version when the cookie was issued. */
  version: number;
  /** The cookie's own id, chosen at sign-in. */
  sessionId: string;
}

/**
 * Runs on every signed-in request, so it is a single round trip on two primary keys:
 * the user still exists, nothing has bumped their version since, and this one cookie
 * was not signed out.
 */
export async function isSessionCurrent(claims: SessionClaims): Promise<boolean> {
  const db = await getDb();
  const revoked = db
    .select({ one: sql`1` })
    .from(revokedSessions)
    .where(eq(revokedSessions.id, claims.sessionId));
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(users)
    .where(and(eq(users.id, claims.userId), eq(users.sessionVersion, claims.version), notExists(revoked)))
    .limit(1);
  return row !== undefined;
}

/**
 * Refuses one cookie from now on. `until` must be no earlier than the cookie's own expiry;
 * after it the cookie is refused anyway, so rows that ended before `now` are pruned here,
 * where the table grows.
 */
export async function revokeSession(sessionId: string, until: Date, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.insert(revokedSessions).values({ id: sessionId, expiresAt: until }).onConflictDoNothing();
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now));
}

/** The SET value that voids every cookie issued under the current version. */
export const bumpedSessionVersion = sql`${users.sessionVersion} + 1`;

/** Voids every cookie the user holds, on every device. */
export async function endAllSessions(userId: string): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ sessionVersion: bumpedSessionVersion }).where(eq(users.id, userId));
}
