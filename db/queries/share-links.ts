import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/uuid";
import { SHARE_TOKEN_MAX, type CreateShareLinkInput } from "@/lib/validation/share-links";
import { getDb } from "../client";
import { shareLinks, users } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { planFromSnapshot, readPlanSnapshot, type PlanOverview } from "./plan-overview";
import { planForOutsiders, type OutsiderWords } from "./share-link-plan";

const DAY_MS = 24 * 60 * 60 * 1000;

export type ShareLinkStatus = "active" | "expired" | "revoked";

/** Only this hash is stored: whoever reads the database cannot open the plan with it. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A new read-only link to the project's plan. The token is returned this once, for the owner
 * to copy; 32 random bytes make guessing one hopeless, so the token is the link's only secret.
 */
export async function createShareLink({
  actor,
  projectId,
  values,
  now = new Date(),
}: {
  actor: Actor;
  projectId: string;
  values: CreateShareLinkInput;
  now?: Date;
}): Promise<{ id: string; token: string; expiresAt: Date }> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "links.manage");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + values.expiresInDays * DAY_MS);
  const [row] = await db
    .insert(shareLinks)
    .values({ projectId, label: values.label, tokenHash: hashShareToken(token), createdBy: actor.id, createdAt: now, expiresAt })
    .returning({ id: shareLinks.id });
  return { id: row!.id, token, expiresAt };
}

function statusOf(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  return link.expiresAt <= now ? "expired" : "active";
}

/** Every link of the project, newest first; revoked and expired ones stay listed so the owner sees what was shared. */
export async function listShareLinks({ actor, projectId, now = new Date() }: { actor: Actor; projectId: string; now?: Date }) {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "links.manage");
  const rows = await db
    .select({
      id: shareLinks.id,
      label: shareLinks.label,
      createdAt: shareLinks.createdAt,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
      lastOpenedAt: shareLinks.lastOpenedAt,
      createdBy: users.name,
    })
    .from(shareLinks)
    .leftJoin(users, eq(users.id, shareLinks.createdBy))
    .where(eq(shareLinks.projectId, projectId))
    .orderBy(desc(shareLinks.createdAt), desc(shareLinks.id));
  return rows.map((row) => ({ ...row, status: statusOf(row, now) }));
}

export type ShareLinkView = Awaited<ReturnType<typeof listShareLinks>>[number];

/**
 * Stops a link working. Revoking one already revoked keeps its first date and succeeds, so
 * two tabs revoking at once both hear "done"; a link of another project is not found.
 */
export async function revokeShareLink({
  actor,
  projectId,
  linkId,
  now = new Date(),
}: {
  actor: Actor;
  projectId: string;
  linkId: string;
  now?: Date;
}): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "links.manage");
  if (!isUuid(linkId)) throw new AppError("not_found");
  const [row] = await db
    .update(shareLinks)
    .set({ revokedAt: sql`coalesce(${shareLinks.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(shareLinks.id, linkId), eq(shareLinks.projectId, projectId)))
    .returning({ id: shareLinks.id });
  if (!row) throw new AppError("not_found");
}

export interface SharedPlan {
  projectName: string;
  /** Who created the link; null once their account is gone. */
  sharedBy: string | null;
  expiresAt: Date;
  plan: PlanOverview;
}

/**
 * The plan behind a link, as outsiders may read it (share-link-plan.ts), or null for a token
 * that is unknown, expired or revoked: the page answers all three alike, so a guessed token
 * learns nothing. The lookup is by hash on a unique index, never by comparing tokens, so the
 * time taken tells nothing about how close a guess came. Opening it records when.
 */
export async function openShareLink(
  token: string,
  { locale, words, now = new Date() }: { locale: Locale; words: OutsiderWords; now?: Date },
): Promise<SharedPlan | null> {
  if (!token || token.length > SHARE_TOKEN_MAX) return null;
  const db = await getDb();
  // One statement checks and stamps the link, so a revoke either lands before it (refused) or after.
  const [link] = await db
    .update(shareLinks)
    .set({ lastOpenedAt: now })
    .where(and(eq(shareLinks.tokenHash, hashShareToken(token)), isNull(shareLinks.revokedAt), gt(shareLinks.expiresAt, now)))
    .returning({ projectId: shareLinks.projectId, createdBy: shareLinks.createdBy, expiresAt: shareLinks.expiresAt });
  if (!link) return null;
  const { snapshot, sharedBy } = await db.transaction(
    async (tx) => {
      const [creator] = link.createdBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, link.createdBy)) : [];
      return { snapshot: await readPlanSnapshot(tx, link.projectId), sharedBy: creator?.name ?? null };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return {
    projectName: snapshot.project.name,
    sharedBy,
    expiresAt: link.expiresAt,
    plan: planFromSnapshot(planForOutsiders(snapshot, words), locale),
  };
}
