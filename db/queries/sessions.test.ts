import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { revokedSessions, users } from "../schema";
import { endAllSessions, isSessionCurrent, revokeSession } from "./sessions";
import { changePasswordHash, findPasswordHash, findUserForSignIn } from "./users";

describeEachDatabase("session revocation", (getConnection) => {
  const db = () => getConnection().db;
  // Fixed instants: pruning is decided by the `now` passed in, not by today's date.
  const now = new Date("2026-03-02T09:00:00Z");
  const inAMonth = () => new Date(now.getTime() + 30 * 24 * 3600 * 1000);

  async function signedIn() {
    const { id } = await createTestUser(db());
    return { userId: id, version: 0, sessionId: randomUUID() };
  }

  it("accepts a fresh session and the version sign-in reads", async () => {
    const claims = await signedIn();
    expect(await isSessionCurrent(claims)).toBe(true);
    const [user] = await db().select({ email: users.email }).from(users).where(eq(users.id, claims.userId));
    expect((await findUserForSignIn(user!.email))?.sessionVersion).toBe(0);
  });

  it("refuses a session whose user is gone", async () => {
    const claims = await signedIn();
    await db().delete(users).where(eq(users.id, claims.userId));
    expect(await isSessionCurrent(claims)).toBe(false);
  });

  it("signs out one session and leaves the user's others alone", async () => {
    const claims = await signedIn();
    const other = { ...claims, sessionId: randomUUID() };
    await revokeSession(claims.sessionId, inAMonth(), now);
    expect(await isSessionCurrent(claims)).toBe(false);
    expect(await isSessionCurrent(other)).toBe(true);
    // Signing out twice (two tabs) is harmless.
    await revokeSession(claims.sessionId, inAMonth(), now);
    expect(await isSessionCurrent(claims)).toBe(false);
  });

  it("ends every session of one user, and only theirs, when the version is bumped", async () => {
    const claims = await signedIn();
    const bystander = await signedIn();
    await endAllSessions(claims.userId);
    expect(await isSessionCurrent(claims)).toBe(false);
    expect(await isSessionCurrent({ ...claims, sessionId: randomUUID() })).toBe(false);
    expect(await isSessionCurrent({ ...claims, version: 1 })).toBe(true);
    expect(await isSessionCurrent(bystander)).toBe(true);
  });

  it("changes the password hash and ends every session in one step", async () => {
    const claims = await signedIn();
    await changePasswordHash(claims.userId, "new-hash");
    expect(await findPasswordHash(claims.userId)).toBe("new-hash");
    expect(await isSessionCurrent(claims)).toBe(false);
    expect(await isSessionCurrent({ ...claims, version: 1 })).toBe(true);
    expect(await findPasswordHash(randomUUID())).toBeUndefined();
  });

  it("prunes revocations whose cookies have expired anyway", async () => {
    const stale = randomUUID();
    await db()
      .insert(revokedSessions)
      .values({ id: stale, expiresAt: new Date(now.getTime() - 1000) });
    const fresh = randomUUID();
    await revokeSession(fresh, inAMonth(), now);
    const left = await db().select({ id: revokedSessions.id }).from(revokedSessions);
    expect(left.map((r) => r.id)).toContain(fresh);
    expect(left.map((r) => r.id)).not.toContain(stale);
  });
});
