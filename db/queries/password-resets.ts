import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { hashSecretToken, newSecretToken } from "@/lib/security/secret-token";
import { getDb } from "../client";
import { passwordResets, users } from "../schema";
import { linkRefusal, type AccountLinkRefusal } from "./account-links";
import { bumpedSessionVersion } from "./sessions";
import { normaliseEmail } from "./users";

/** Short, because the link alone lets whoever holds it into the account. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

/**
 * A new reset link for the account with this email, or null when there is none. The caller
 * must answer both cases alike, so that the form does not tell who has an account.
 */
export async function requestPasswordReset({ email, now }: { email: string; now: Date }): Promise<string | null> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  if (!user) return null;
  const { token, tokenHash } = newSecretToken();
  await db
    .insert(passwordResets)
    .values({ userId: user.id, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS) });
  return token;
}

/** Whether the reset page should offer the form, before anyone types a password. */
export async function checkPasswordResetLink({ token, now }: { token: string; now: Date }): Promise<AccountLinkRefusal | null> {
  const db = await getDb();
  const [row] = await db
    .select({ expiresAt: passwordResets.expiresAt, usedAt: passwordResets.usedAt })
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, hashSecretToken(token)))
    .limit(1);
  return linkRefusal(row, now);
}

export type PasswordResetOutcome = { ok: true; email: string } | { ok: false; reason: AccountLinkRefusal };

/**
 * Sets the new password, once per link. The row is locked, so two tabs sending the form at
 * once cannot both use it; every other link of the user is used up with it, and every session
 * is ended, since whoever had the old password may be signed in somewhere.
 */
export async function resetPassword({
  token,
  newPassword,
  now,
}: {
  token: string;
  newPassword: string;
  now: Date;
}): Promise<PasswordResetOutcome> {
  // Hashed before the lock is taken (argon2 is slow), and for bad links too, so the time taken tells nothing.
  const passwordHash = await hashPassword(newPassword);
  const db = await getDb();
  return db.transaction(async (tx): Promise<PasswordResetOutcome> => {
    const [row] = await tx
      .select({ userId: passwordResets.userId, expiresAt: passwordResets.expiresAt, usedAt: passwordResets.usedAt })
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, hashSecretToken(token)))
      .limit(1)
      .for("update");
    const reason = linkRefusal(row, now);
    if (reason) return { ok: false, reason };
    const { userId } = row!;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: bumpedSessionVersion })
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
    return { ok: true, email: user!.email };
  });
}
