import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import type { Database, Transaction } from "../connect";
import { projectMembers, type MemberRole } from "../schema";
import { isUuid } from "@/lib/uuid";

export interface Actor {
  id: string;
}

/**
 * Every data-access function starts here. A stranger, a malformed id and a missing
 * project all get the same "not_found", so nobody can probe which projects exist.
 */
export async function requireProjectPermission(
  db: Database | Transaction,
  actor: Actor,
  projectId: string,
  permission: Permission,
): Promise<MemberRole> {
  if (!isUuid(projectId) || !isUuid(actor.id)) throw new AppError("not_found");
  const [membership] = await db
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, actor.id)))
    .limit(1);
  if (!membership) throw new AppError("not_found");
  if (!can(membership.role, permission)) throw new AppError("forbidden");
  return membership.role;
}
