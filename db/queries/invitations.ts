import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { hashSecretToken, newSecretToken as newToken } from "@/lib/security/secret-token";
import type { InvitableRole } from "@/lib/validation/members";
import { getDb } from "../client";
import type { Transaction } from "../connect";
import { invitations, projectMembers, projects, users } from "../schema";
import { requireProjectPermission, type Actor } from "./access";

/** How long a link works after it is created or resent. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type InvitationRefusal = "unknown" | "expired" | "used" | "revoked" | "wrong_email";

export interface Clock {
  now?: Date;
  ttlMs?: number;
}

export const hashInvitationToken = hashSecretToken;

function expiry({ now = new Date(), ttlMs = INVITATION_TTL_MS }: Clock): Date {
  return new Date(now.getTime() + ttlMs);
}

async function refuseExistingMember(tx: Transaction, projectId: string, email: string): Promise<void> {
  const [member] = await tx
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(and(eq(projectMembers.projectId, projectId), eq(users.email, email)))
    .limit(1);
  if (member) throw new AppError("validation", { fieldErrors: { email: "already_member" } });
}

function pending(projectId: string) {
  return and(eq(invitations.projectId, projectId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt));
}

export async function createInvitation({
  actor,
  projectId,
  email,
  role,
  anyEmail,
  clock = {},
}: {
  actor: Actor;
  projectId: string;
  email: string;
  role: InvitableRole;
  anyEmail: boolean;
  clock?: Clock;
}): Promise<{ id: string; token: string; expiresAt: Date }> {
  const db = await getDb();
  const address = email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "members.manage");
    await refuseExistingMember(tx, projectId, address);
    const [open] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(pending(projectId), eq(invitations.email, address)))
      .limit(1);
    // One pending link per address: a second one would leave the owner unsure which works.
    if (open) throw new AppError("validation", { fieldErrors: { email: "already_invited" } });
    const { token, tokenHash } = newToken();
    const expiresAt = expiry(clock);
    const [row] = await tx
      .insert(invitations)
      .values({ projectId, email: address, role, anyEmail, tokenHash, invitedBy: actor.id, expiresAt })
      .returning({ id: invitations.id });
    return { id: row!.id, token, expiresAt };
  });
}

/** A new token and a new expiry: the link sent before stops working. */
export async function resendInvitation({
  actor,
  projectId,
  invitationId,
  clock = {},
}: {
  actor: Actor;
  projectId: string;
  invitationId: string;
  clock?: Clock;
}): Promise<{ id: string; email: string; token: string; expiresAt: Date }> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "members.manage");
  const { token, tokenHash } = newToken();
  const expiresAt = expiry(clock);
  const [row] = await db
    .update(invitations)
    .set({ tokenHash, expiresAt })
    .where(and(pending(projectId), eq(invitations.id, invitationId)))
    .returning({ id: invitations.id, email: invitations.email });
  if (!row) throw new AppError("invitation_gone");
  return { ...row, token, expiresAt };
}

export async function revokeInvitation({ actor, projectId, invitationId }: { actor: Actor; projectId: string; invitationId: string }) {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "members.manage");
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(pending(projectId), eq(invitations.id, invitationId)))
    .returning({ id: invitations.id });
  if (!row) throw new AppError("invitation_gone");
}

/** Invitations nobody has accepted or cancelled; expired ones stay listed so the owner can resend. */
export async function listInvitations({ actor, projectId, now = new Date() }: { actor: Actor; projectId: string; now?: Date }) {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "members.manage");
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      anyEmail: invitations.anyEmail,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(pending(projectId))
    .orderBy(asc(invitations.createdAt));
  return rows.map((row) => ({ ...row, expired: row.expiresAt <= now }));
}

export type PendingInvitation = Awaited<ReturnType<typeof listInvitations>>[number];

/** "m•••@example.com": enough to recognise one's own address, not enough to learn someone else's. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}

interface InvitationRow {
  id: string;
  projectId: string;
  email: string;
  anyEmail: boolean;
  role: InvitableRole;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

function refusal(row: InvitationRow | undefined, userEmail: string | null, now: Date): InvitationRefusal | null {
  if (!row) return "unknown";
  if (row.revokedAt) return "revoked";
  if (row.acceptedAt) return "used";
  if (row.expiresAt <= now) return "expired";
  if (userEmail !== null && !row.anyEmail && row.email !== userEmail.toLowerCase()) return "wrong_email";
  return null;
}

const rowColumns = {
  id: invitations.id,
  projectId: invitations.projectId,
  email: invitations.email,
  anyEmail: invitations.anyEmail,
  role: invitations.role,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
};

export type InvitationPreview =
  { ok: true; projectName: string; role: InvitableRole } | { ok: false; reason: InvitationRefusal; maskedEmail?: string };

/**
 * What the invitation page may show before anyone accepts. The project and role are named
 * only for a usable link, so a stale or guessed token tells nothing about the project.
 * `userEmail` is null when nobody is signed in: the address is checked once they are.
 */
export async function previewInvitation(token: string, userEmail: string | null, now = new Date()): Promise<InvitationPreview> {
  const db = await getDb();
  const [row] = await db
    .select({ ...rowColumns, projectName: projects.name })
    .from(invitations)
    .innerJoin(projects, eq(projects.id, invitations.projectId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  const reason = refusal(row as InvitationRow | undefined, userEmail, now);
  if (reason) return { ok: false, reason, ...(reason === "wrong_email" ? { maskedEmail: maskEmail(row!.email) } : {}) };
  return { ok: true, projectName: row!.projectName, role: row!.role as InvitableRole };
}

export type AcceptOutcome = { ok: true; projectId: string; joined: boolean } | { ok: false; reason: InvitationRefusal };

/**
 * Single use, even when two tabs accept at once: the row is locked, so the second accept
 * waits and then sees it used. Every call hashes and looks up before deciding anything,
 * so the time taken does not tell which part of a bad link was wrong.
 */
export async function acceptInvitation(token: string, user: Actor & { email: string }, now = new Date()): Promise<AcceptOutcome> {
  const db = await getDb();
  const tokenHash = hashInvitationToken(token);
  return db.transaction(async (tx): Promise<AcceptOutcome> => {
    const [row] = await tx.select(rowColumns).from(invitations).where(eq(invitations.tokenHash, tokenHash)).limit(1).for("update");
    const reason = refusal(row as InvitationRow | undefined, user.email, now);
    if (reason) return { ok: false, reason };
    const invitation = row!;
    // Someone already in the project keeps their role: an old editor link must not demote an owner.
    const inserted = await tx
      .insert(projectMembers)
      .values({ projectId: invitation.projectId, userId: user.id, role: invitation.role })
      .onConflictDoNothing()
      .returning({ userId: projectMembers.userId });
    await tx.update(invitations).set({ acceptedAt: now, acceptedBy: user.id }).where(eq(invitations.id, invitation.id));
    return { ok: true, projectId: invitation.projectId, joined: inserted.length > 0 };
  });
}
