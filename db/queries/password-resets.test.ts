import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { describeEachDatabase } from "@/lib/testing/databases";
import { hashSecretToken } from "@/lib/security/secret-token";
import { passwordResets, users } from "../schema";
import { checkPasswordResetLink, PASSWORD_RESET_TTL_MS, requestPasswordReset, resetPassword } from "./password-resets";
import { createUser } from "./users";

describeEachDatabase("password resets", (getConnection) => {
  const db = () => getConnection().db;
  // Fixed instants: expiry is decided by the `now` passed in, never by today's date.
  const now = new Date("2026-03-02T09:00:00Z");
  const later = (ms: number) => new Date(now.getTime() + ms);

  async function account() {
    const email = `reset-${crypto.randomUUID()}@example.test`;
    const id = await createUser({ name: "Rosa", email, passwordHash: await hashPassword("old passphrase") });
    return { id: id!, email };
  }

  const stored = async (userId: string) => {
    const [row] = await db()
      .select({ passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, userId));
    return row!;
  };

  it("creates a link only for an address with an account, and keeps only its hash", async () => {
    const { id, email } = await account();
    expect(await requestPasswordReset({ email: "nobody-here@example.test", now })).toBeNull();
    const token = await requestPasswordReset({ email: `  ${email.toUpperCase()} `, now });
    expect(token).toMatch(/^[\w-]{43}$/);
    const rows = await db().select().from(passwordResets).where(eq(passwordResets.userId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashSecretToken(token!));
    expect(rows[0]!.expiresAt).toEqual(later(PASSWORD_RESET_TTL_MS));
  });

  it("sets the new password once, ends every session and uses up the user's other links", async () => {
    const { id, email } = await account();
    const first = (await requestPasswordReset({ email, now }))!;
    const second = (await requestPasswordReset({ email, now }))!;
    expect(await checkPasswordResetLink({ token: second, now })).toBeNull();

    expect(await resetPassword({ token: second, newPassword: "brand new passphrase", now })).toEqual({ ok: true, email });
    const after = await stored(id);
    expect(await verifyPassword(after.passwordHash, "brand new passphrase")).toBe(true);
    expect(await verifyPassword(after.passwordHash, "old passphrase")).toBe(false);
    expect(after.sessionVersion).toBe(1);

    expect(await resetPassword({ token: second, newPassword: "yet another passphrase", now })).toEqual({ ok: false, reason: "used" });
    expect(await resetPassword({ token: first, newPassword: "yet another passphrase", now })).toEqual({ ok: false, reason: "used" });
    expect(await checkPasswordResetLink({ token: first, now })).toBe("used");
    expect(await verifyPassword((await stored(id)).passwordHash, "brand new passphrase")).toBe(true);
  });

  it("refuses a link after an hour, and one that was never issued", async () => {
    const { id, email } = await account();
    const token = (await requestPasswordReset({ email, now }))!;
    const justBefore = later(PASSWORD_RESET_TTL_MS - 1);
    expect(await checkPasswordResetLink({ token, now: justBefore })).toBeNull();
    expect(await checkPasswordResetLink({ token, now: later(PASSWORD_RESET_TTL_MS) })).toBe("expired");
    expect(await resetPassword({ token, newPassword: "brand new passphrase", now: later(PASSWORD_RESET_TTL_MS) })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await resetPassword({ token: "not-a-token", newPassword: "brand new passphrase", now })).toEqual({
      ok: false,
      reason: "unknown",
    });
    const untouched = await stored(id);
    expect(await verifyPassword(untouched.passwordHash, "old passphrase")).toBe(true);
    expect(untouched.sessionVersion).toBe(0);
  });
});
