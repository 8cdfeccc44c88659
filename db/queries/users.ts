import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { users } from "../schema";

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

/** The only query that reads a password hash; it never leaves the sign-in path. */
export async function findUserForSignIn(email: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return row;
}
