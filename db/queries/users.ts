import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { users } from "../schema";
import { bumpedSessionVersion } from "./sessions";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Returns the new user's id, or null when the email is already registered. */
export async function createUser(input: { name: string; email: string; passwordHash: string }): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ name: input.name, email: normaliseEmail(input.email), passwordHash: input.passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return row?.id ?? null;
}

/** Reads the password hash: it never leaves the sign-in path. The version goes into the new cookie. */
export async function findUserForSignIn(email: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return row;
}

/** For re-checking the current password before it is changed; never leaves that action. */
export async function findPasswordHash(userId: string): Promise<string | undefined> {
  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.passwordHash;
}

/** A new password voids every session cookie in the same statement, so no old cookie outlives it. */
export async function changePasswordHash(userId: string, passwordHash: string): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ passwordHash, sessionVersion: bumpedSessionVersion }).where(eq(users.id, userId));
}
