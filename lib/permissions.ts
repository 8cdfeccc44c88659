import type { MemberRole } from "@/db/schema";

export type Permission =
  | "project.read"
  | "project.update"
  | "project.delete"
  | "step.edit"
  | "comment.write"
  | "comment.resolve"
  | "review.set"
  | "review.ready"
  | "members.manage"
  | "members.leave";

// The one place that says what each role may do; the data-access layer asks it before
// every read and write. Reviews are the mentor's alone: an owner marking their own work
// "reviewed" would make the status mean nothing; saying "done, please look again" is the
// answer of those who edit. The owner cannot leave: a project keeps
// exactly one owner, so ownership is transferred first.
export const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  owner: [
    "project.read",
    "project.update",
    "project.delete",
    "step.edit",
    "comment.write",
    "comment.resolve",
    "review.ready",
    "members.manage",
  ],
  editor: ["project.read", "step.edit", "comment.write", "comment.resolve", "review.ready", "members.leave"],
  mentor: ["project.read", "comment.write", "comment.resolve", "review.set", "members.leave"],
};

export function can(role: MemberRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
