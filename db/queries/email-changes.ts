import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { hashSecretToken, newSecretToken } from "@/lib/security/secret-token";
import { getDb } from "../client";
import type { Transaction } from "../connect";
import { emailChanges, users } from "../schema";
import type { Actor } from "./access";
import { linkRefusal, type AccountLinkRefusal } from "./account-links";
import { bumpedSessionVersion } from "./sessions";
import { normaliseEmail } from "./users";

/** A day: the new mailbox may be one the person reads only at work or at home. */
export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;

async function addressTaken(tx: Transaction, email: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return row !== undefined;
}

/**
 * A confirmation link for moving the actor's account to `newEmail`; the caller checked their
 * password. A taken address is refused on the field: sign-up says the same to anybody, so this
 * reveals nothing new. Earlier pending links of the actor stop working, so only the latest
 * address asked for can be confirmed.
 */
export async function requestEmailChange({
  actor,
  newEmail,
  now,
}: {
  actor: Actor;
  newEmail: string;
  now: Date;
}): Promise<{ token: string; newEmail: string; expiresAt: Date }> {
  const address = normaliseEmail(newEmail);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ email: users.email }).from(users).where(eq(users.id, actor.id)).limit(1);
    if (!current) throw new AppError("unauthenticated");
    if (current.email === address) throw new AppError("validation", { fieldErrors: { newEmail: "same_email" } });
    if (await addressTaken(tx, address)) throw new AppError("validation", { fieldErrors: { newEmail: "email_in_use" } });
    await tx
      .update(emailChanges)
      .set({ usedAt: now })
      .where(and(eq(emailChanges.userId, actor.id), isNull(emailChanges.usedAt)));
    const { token, tokenHash } = newSecretToken();
    const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_TTL_MS);
    await tx.insert(emailChanges).values({ userId: actor.id, newEmail: address, tokenHash, createdAt: now, expiresAt });
    return { token, newEmail: address, expiresAt };
  });
}

export type EmailChangeRefusal = AccountLinkRefusal | "taken";

export type EmailChangePreview = { ok: true; newEmail: string } | { ok: false; reason: EmailChangeRefusal };

const changeColumns = {
  id: emailChanges.id,
  userId: emailChanges.userId,
  newEmail: emailChanges.newEmail,
  expiresAt: emailChanges.expiresAt,
  usedAt: emailChanges.usedAt,
};

/** What the confirmation page shows before the button is pressed: opening the link changes nothing. */
export async function previewEmailChange({ token, now }: { token: string; now: Date }): Promise<EmailChangePreview> {
  const db = await getDb();
  const [row] = await db
    .select(changeColumns)
    .from(emailChanges)
    .where(eq(emailChanges.tokenHash, hashSecretToken(token)))
    .limit(1);
  const reason = linkRefusal(row, now);
  return reason ? { ok: false, reason } : { ok: true, newEmail: row!.newEmail };
}

export type EmailChangeOutcome = { ok: true; name: string; oldEmail: string; newEmail: string } | { ok: false; reason: EmailChangeRefusal };

/**
 * Moves the account to the confirmed address, once per link. Every session ends with it: a
 * session carries the address it signed in with, and the person signs in with the new one.
 */
export async function confirmEmailChange({ token, now }: { token: string; now: Date }): Promise<EmailChangeOutcome> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<EmailChangeOutcome> => {
    const [row] = await tx
      .select(changeColumns)
      .from(emailChanges)
      .where(eq(emailChanges.tokenHash, hashSecretToken(token)))
      .limit(1)
      .for("update");
    const reason = linkRefusal(row, now);
    if (reason) return { ok: false, reason };
    const change = row!;
    // Someone may have signed up with the address since the link was sent.
    if (await addressTaken(tx, change.newEmail)) return { ok: false, reason: "taken" };
    const [before] = await tx.select({ email: users.email }).from(users).where(eq(users.id, change.userId)).limit(1).for("update");
    const [user] = await tx
      .update(users)
      .set({ email: change.newEmail, sessionVersion: bumpedSessionVersion })
      .where(eq(users.id, change.userId))
      .returning({ name: users.name });
    await tx
      .update(emailChanges)
      .set({ usedAt: now })
      .where(and(eq(emailChanges.userId, change.userId), isNull(emailChanges.usedAt)));
    return { ok: true, name: user!.name, oldEmail: before!.email, newEmail: change.newEmail };
  });
}
