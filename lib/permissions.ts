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
  | "members.leave"
  | "customers.rows"
  | "customers.delete"
  | "coach.dismiss"
  | "versions.save"
  | "links.manage";

/**
 * A member's role, or "viewer": whoever opens the example project, which has no members and
 * which nobody may change (lib/projects/example-project.ts).
 */
export type ProjectRole = MemberRole | "viewer";

// The one place that says what each role may do; the data-access layer asks it before
// every read and write. Reviews are the mentor's alone: an owner marking their own work
// "reviewed" would make the status mean nothing; saying "done, please look again" is the
// answer of those who edit. The owner cannot leave: a project keeps
// exactly one owner, so ownership is transferred first. Imported customers are personal data:
// those who run the business see and import the lines; a mentor sees aggregates only
// (project.read), and wiping them all at once is the owner's call. Setting a coach finding
// aside and saving a version belong to those who edit; a read-only link shows the plan outside
// the team, which is the owner's call like inviting.
export const ROLE_PERMISSIONS: Record<ProjectRole, readonly Permission[]> = {
  owner: [
    "project.read",
    "project.update",
    "project.delete",
    "step.edit",
    "comment.write",
    "comment.resolve",
    "review.ready",
    "members.manage",
    "customers.rows",
    "customers.delete",
    "coach.dismiss",
    "versions.save",
    "links.manage",
  ],
  editor: [
    "project.read",
    "step.edit",
    "comment.write",
    "comment.resolve",
    "review.ready",
    "members.leave",
    "customers.rows",
    "coach.dismiss",
    "versions.save",
  ],
  mentor: ["project.read", "comment.write", "comment.resolve", "review.set", "members.leave"],
  viewer: ["project.read"],
};

export function can(role: ProjectRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
