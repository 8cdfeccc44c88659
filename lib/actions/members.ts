"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod/mini";
import { changeMemberRole, leaveProject, removeMember, transferOwnership } from "@/db/queries/members";
import { memberRoleSchema, memberSchema } from "@/lib/validation/members";
import { projectAction } from "./safe-action";

function refresh(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
}

export const changeMemberRoleAction = projectAction(memberRoleSchema, async ({ userId, role }, { user, projectId }) => {
  await changeMemberRole({ actor: user, projectId, userId, role });
  refresh(projectId);
  return { userId, role };
});

export const removeMemberAction = projectAction(memberSchema, async ({ userId }, { user, projectId }) => {
  await removeMember({ actor: user, projectId, userId });
  refresh(projectId);
  return { userId };
});

export const transferOwnershipAction = projectAction(memberSchema, async ({ userId }, { user, projectId }) => {
  await transferOwnership({ actor: user, projectId, userId });
  refresh(projectId);
  return { userId };
});

export const leaveProjectAction = projectAction(z.object({}), async (_values, { user, projectId }) => {
  await leaveProject({ actor: user, projectId });
  revalidatePath("/projects", "layout");
  redirect("/projects");
});
