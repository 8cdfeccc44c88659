import type { MemberRole } from "@/db/schema";

export type Permission = "project.read" | "project.update" | "project.delete" | "step.edit";

// The one place that says what each role may do; the data-access layer asks it before
// every read and write.
export const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  owner: ["project.read", "project.update", "project.delete", "step.edit"],
  editor: ["project.read", "step.edit"],
  mentor: ["project.read"],
};

export function can(role: MemberRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
