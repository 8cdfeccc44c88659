import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { can, type Permission, type ProjectRole } from "@/lib/permissions";
import { isExampleProject } from "@/lib/projects/example-project-ids";
import type { Database, Transaction } from "../connect";
import { projectMembers } from "../schema";
import { isUuid } from "@/lib/uuid";

export interface Actor {
  id: string;
}

/**
 * Every data-access function starts here. A stranger, a malformed id and a missing
 * project all get the same "not_found", so nobody can probe which projects exist. The example
 * project has no members: everyone signed in reads it as a "viewer", whose only right is to read.
 */
export async function requireProjectPermission(
  db: Database | Transaction,
  actor: Actor,
  projectId: string,
  permission: Permission,
): Promise<ProjectRole> {
  if (!isUuid(projectId) || !isUuid(actor.id)) throw new AppError("not_found");
  const [membership] = await db
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, actor.id)))
    .limit(1);
  const role: ProjectRole | undefined = membership?.role ?? (isExampleProject(projectId) ? "viewer" : undefined);
  if (!role) throw new AppError("not_found");
  if (!can(role, permission)) throw new AppError("forbidden");
  return role;
}
