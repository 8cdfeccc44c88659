import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/testing/databases";
import { authThrottle } from "../schema";
import { clearFailures, recordFailure, secondsLocked, type ThrottleRule } from "./auth-throttle";

function rule(overrides: Partial<ThrottleRule> = {}): ThrottleRule {
  return { key: `email:${randomUUID()}@example.test`, maxFailures: 5, windowSeconds: 900, lockSeconds: 900, ...overrides };
}

async function fail(r: ThrottleRule, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await recordFailure(r);
}

describeEachDatabase("sign-in throttle", (getConnection) => {
  const db = () => getConnection().db;

  async function row(key: string) {
    const [found] = await db().select().from(authThrottle).where(eq(authThrottle.key, key));
    return found;
  }

  it("does not lock an unknown key or one below the limit", async () => {
    const r = rule();
    expect(await secondsLocked([r.key])).toBe(0);
    await fail(r, 4);
    expect(await secondsLocked([r.key])).toBe(0);
    expect(await row(r.key)).toMatchObject({ failures: 4, lockedUntil: null });
  });

  it("locks a key on its fifth failure for about lockSeconds", async () => {
    const r = rule({ lockSeconds: 600 });
    await fail(r, 5);
    const seconds = await secondsLocked([r.key]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeGreaterThan(590);
    expect(seconds).toBeLessThanOrEqual(601);
    expect((await row(r.key))!.failures).toBe(5);
  });

  it("locks on the very first failure when the rule allows only one", async () => {
    const r = rule({ maxFailures: 1, lockSeconds: 120 });
    await recordFailure(r);
    expect(await secondsLocked([r.key])).toBeGreaterThan(100);
    expect((await row(r.key))!.failures).toBe(1);
  });

  it("reports the longest lock among several keys and ignores other keys", async () => {
    const short = rule({ maxFailures: 1, lockSeconds: 60 });
    const long = rule({ maxFailures: 1, lockSeconds: 3600 });
    const unrelated = rule();
    await recordFailure(short);
    await recordFailure(long);
    expect(await secondsLocked([short.key])).toBeLessThanOrEqual(61);
    expect(await secondsLocked([short.key, long.key, unrelated.key])).toBeGreaterThan(3500);
    expect(await secondsLocked([unrelated.key])).toBe(0);
  });

  it("unlocks a key when its failures are cleared, and counts from zero again", async () => {
    const r = rule();
    await fail(r, 5);
    expect(await secondsLocked([r.key])).toBeGreaterThan(0);
    await clearFailures(r.key);
    expect(await secondsLocked([r.key])).toBe(0);
    expect(await row(r.key)).toBeUndefined();
    await fail(r, 4);
    expect(await secondsLocked([r.key])).toBe(0);
    // Clearing one key leaves the others alone.
    const other = rule();
    await fail(other, 5);
    await clearFailures(r.key);
    expect(await secondsLocked([other.key])).toBeGreaterThan(0);
  });

  it("restarts the count once the window has expired", async () => {
    const r = rule({ windowSeconds: 60 });
    await fail(r, 4);
    await db()
      .update(authThrottle)
      .set({ windowStartedAt: sql`now() - interval '61 seconds'` })
      .where(eq(authThrottle.key, r.key));
    const expired = await row(r.key);
    await recordFailure(r);
    const restarted = await row(r.key);
    expect(restarted!.failures).toBe(1);
    expect(restarted!.lockedUntil).toBeNull();
    // The new window starts at the failure, at least 61 s after the expired one: both times
    // come from the database, so neither today's date nor the machine's speed matters.
    expect(restarted!.windowStartedAt.getTime() - expired!.windowStartedAt.getTime()).toBeGreaterThanOrEqual(61_000);
    expect(await secondsLocked([r.key])).toBe(0);
    // The new window counts on from 1: four more failures make five and lock.
    await fail(r, 3);
    expect(await secondsLocked([r.key])).toBe(0);
    await recordFailure(r);
    expect(await secondsLocked([r.key])).toBeGreaterThan(0);
  });

  it("keeps counting within a window that has not expired", async () => {
    const r = rule({ windowSeconds: 60 });
    await fail(r, 4);
    await db()
      .update(authThrottle)
      .set({ windowStartedAt: sql`now() - interval '50 seconds'` })
      .where(eq(authThrottle.key, r.key));
    await recordFailure(r);
    expect((await row(r.key))!.failures).toBe(5);
    expect(await secondsLocked([r.key])).toBeGreaterThan(0);
  });

  it("forgets a lock that has ended", async () => {
    const r = rule();
    await fail(r, 5);
    await db()
      .update(authThrottle)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(authThrottle.key, r.key));
    expect(await secondsLocked([r.key])).toBe(0);
  });

  it("counts every one of 20 concurrent failures on the same key", async () => {
    const r = rule({ maxFailures: 100 });
    await Promise.all(Array.from({ length: 20 }, () => recordFailure(r)));
    expect(await row(r.key)).toMatchObject({ failures: 20, lockedUntil: null });

    const locking = rule({ maxFailures: 20 });
    await Promise.all(Array.from({ length: 20 }, () => recordFailure(locking)));
    expect((await row(locking.key))!.failures).toBe(20);
    expect(await secondsLocked([locking.key])).toBeGreaterThan(0);
  });
});
