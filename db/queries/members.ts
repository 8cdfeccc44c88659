import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { InvitableRole } from "@/lib/validation/members";
import { getDb } from "../client";
import type { Transaction } from "../connect";
import { projectMembers, users, type MemberRole } from "../schema";
import { requireProjectPermission, type Actor } from "./access";

/** Everyone on the project, the owner first; any member may read it. */
export async function listMembers({ actor, projectId }: { actor: Actor; projectId: string }) {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return db
    .select({
      userId: projectMembers.userId,
      name: users.name,
      email: users.email,
      role: projectMembers.role,
      joinedAt: projectMembers.createdAt,
    })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(sql`${projectMembers.role} = 'owner' desc`, asc(projectMembers.createdAt), asc(users.name));
}

export type ProjectMember = Awaited<ReturnType<typeof listMembers>>[number];

// Locks the member's row so that two owners' tabs cannot act on the same person at once.
async function lockMember(tx: Transaction, projectId: string, userId: string): Promise<MemberRole> {
  const [row] = await tx
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
    .limit(1)
    .for("update");
  if (!row) throw new AppError("member_gone");
  return row.role;
}

async function manage<T>(actor: Actor, projectId: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "members.manage");
    // Re-read under a lock: a transfer committed meanwhile may have made the actor an editor.
    if ((await lockMember(tx, projectId, actor.id)) !== "owner") throw new AppError("forbidden");
    return work(tx);
  });
}

/** Editor to mentor and back; the owner's role only changes through a transfer. */
export async function changeMemberRole({
  actor,
  projectId,
  userId,
  role,
}: {
  actor: Actor;
  projectId: string;
  userId: string;
  role: InvitableRole;
}): Promise<void> {
  await manage(actor, projectId, async (tx) => {
    if ((await lockMember(tx, projectId, userId)) === "owner") throw new AppError("owner_fixed");
    await tx
      .update(projectMembers)
      .set({ role })
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
  });
}

/** Takes the member off the project; what they wrote in comments stays, under their name. */
export async function removeMember({ actor, projectId, userId }: { actor: Actor; projectId: string; userId: string }): Promise<void> {
  await manage(actor, projectId, async (tx) => {
    if ((await lockMember(tx, projectId, userId)) === "owner") throw new AppError("owner_fixed");
    await tx.delete(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
  });
}

/** An editor or mentor leaves; the owner must hand the project to someone first. */
export async function leaveProject({ actor, projectId }: { actor: Actor; projectId: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const role = await requireProjectPermission(tx, actor, projectId, "project.read");
    if (role === "owner") throw new AppError("owner_cannot_leave");
    if (!can(role, "members.leave")) throw new AppError("forbidden");
    await tx.delete(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, actor.id)));
  });
}

/** The owner hands the project to one of its editors and stays on as an editor: still exactly one owner. */
export async function transferOwnership({ actor, projectId, userId }: { actor: Actor; projectId: string; userId: string }): Promise<void> {
  await manage(actor, projectId, async (tx) => {
    if (userId === actor.id || (await lockMember(tx, projectId, userId)) !== "editor") throw new AppError("transfer_needs_editor");
    await tx
      .update(projectMembers)
      .set({ role: "editor" })
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, actor.id)));
    await tx
      .update(projectMembers)
      .set({ role: "owner" })
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
  });
}
