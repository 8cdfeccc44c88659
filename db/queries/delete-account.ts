import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { projectMembers, projects, users } from "../schema";
import type { Actor } from "./access";
import { findPasswordHash, normaliseEmail } from "./users";

export interface OwnedProject {
  id: string;
  name: string;
  /** Members other than the owner: a project with any must change hands or go first. */
  otherMembers: number;
}

export interface DeletionBlockers {
  /** Owned projects others still use: hand each over (or delete it) before the account goes. */
  shared: OwnedProject[];
  /** Owned projects nobody else is in: they are deleted with the account. */
  solo: OwnedProject[];
}

/** The actor's owned projects and how many others are in each; `lock` holds them until the transaction ends. */
async function ownedProjects(db: Database | Transaction, actor: Actor, { lock = false } = {}): Promise<OwnedProject[]> {
  const others = alias(projectMembers, "others");
  const otherMembers = db
    .select({ n: sql<number>`count(*)::int` })
    .from(others)
    .where(and(eq(others.projectId, projects.id), ne(others.userId, actor.id)));
  const query = db
    .select({ id: projects.id, name: projects.name, otherMembers: sql<number>`(${otherMembers})` })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(and(eq(projectMembers.userId, actor.id), eq(projectMembers.role, "owner")))
    .orderBy(asc(projects.name), asc(projects.id));
  // Locking the project rows makes anyone joining meanwhile (an accepted invitation inserts a
  // member, which takes a key-share lock on the project) wait for the deletion, then find the
  // project gone, instead of being deleted along with a project they had just joined.
  return lock ? query.for("update", { of: projects }) : query;
}

function split(owned: OwnedProject[]): DeletionBlockers {
  return { shared: owned.filter((p) => p.otherMembers > 0), solo: owned.filter((p) => p.otherMembers === 0) };
}

/** What stands between the actor and deleting their account, and what would go with it. */
export async function accountDeletionBlockers({ actor }: { actor: Actor }): Promise<DeletionBlockers> {
  return split(await ownedProjects(await getDb(), actor));
}

const fieldRefusal = (field: "password" | "confirmation", code: "wrong_password" | "confirmation_mismatch") =>
  new AppError("validation", { fieldErrors: { [field]: code } });

/**
 * Deletes the actor's account once they typed their email and their password, and own no
 * project others use. In one transaction: their solo projects go (with every row in them), so
 * do their memberships, and then the user row; what they wrote elsewhere stays, with the
 * author set to null by the foreign keys ("a former member"). With the row gone, every session
 * cookie of theirs is refused at its next request (sessions.ts checks that the user exists).
 */
export async function deleteAccount({
  actor,
  password,
  confirmation,
}: {
  actor: Actor;
  password: string;
  confirmation: string;
}): Promise<{ deletedProjects: string[] }> {
  const db = await getDb();
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user) throw new AppError("unauthenticated");
  if (normaliseEmail(confirmation) !== user.email) throw fieldRefusal("confirmation", "confirmation_mismatch");
  // Hashing takes a while on purpose: it is done before the transaction, which it would hold open.
  if (!(await verifyPassword(await findPasswordHash(actor.id), password))) throw fieldRefusal("password", "wrong_password");

  return db.transaction(async (tx) => {
    const { shared, solo } = split(await ownedProjects(tx, actor, { lock: true }));
    if (shared.length) throw new AppError("account_has_shared_projects");
    const deletedProjects = solo.map((p) => p.id);
    // Everything in a project goes with it through ON DELETE CASCADE.
    if (deletedProjects.length) await tx.delete(projects).where(inArray(projects.id, deletedProjects));
    await tx.delete(projectMembers).where(eq(projectMembers.userId, actor.id));
    await tx.delete(users).where(eq(users.id, actor.id));
    return { deletedProjects };
  });
}
