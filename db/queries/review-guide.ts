import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../client";
import { users } from "../schema";
import type { Actor } from "./access";

/** Whether the "how to review" welcome was closed: once per person, whatever the project. */
export async function hasDismissedReviewGuide(actor: Actor): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ at: users.reviewGuideDismissedAt }).from(users).where(eq(users.id, actor.id)).limit(1);
  return Boolean(row?.at);
}

export async function dismissReviewGuide(actor: Actor): Promise<void> {
  const db = await getDb();
  // The first dismissal is kept: it says when the mentor learned the ropes.
  await db
    .update(users)
    .set({ reviewGuideDismissedAt: new Date() })
    .where(and(eq(users.id, actor.id), isNull(users.reviewGuideDismissedAt)));
}
