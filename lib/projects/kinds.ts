/**
 * The kinds of business the wizard knows. The kind only steers the help (examples, starter
 * categories); the plan itself never depends on it. Stored as these codes on projects.kind.
 */
export const PROJECT_KINDS = ["handmade", "local_service", "consulting", "online_course", "food", "other"] as const;

export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** A project created before kinds existed, or by someone who skipped the choice. */
export const DEFAULT_PROJECT_KIND: ProjectKind = "other";

export function isProjectKind(value: unknown): value is ProjectKind {
  return typeof value === "string" && (PROJECT_KINDS as readonly string[]).includes(value);
}
