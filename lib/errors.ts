// Codes, not messages: the interface turns each into a translated sentence
// (messages: errors.<code>), and database details are logged, never shown.
export type ErrorCode =
  | "unauthenticated"
  | "not_found"
  | "forbidden"
  | "conflict"
  | "needs_confirmation"
  | "validation"
  | "unavailable"
  // Members and invitations.
  | "owner_cannot_leave"
  | "owner_fixed"
  | "transfer_needs_editor"
  | "member_gone"
  | "invitation_gone";

/** Rows that would be deleted along with something the user removed. */
export interface Dependent {
  kind: "offering" | "persona";
  name: string;
  personas?: number;
  contentIdeas?: number;
  socialPlans?: number;
  campaigns?: number;
}

export interface ErrorDetails {
  /** For "validation" found by the data layer (e.g. a reference to a row that is gone). */
  fieldErrors?: Record<string, string>;
  /** For "conflict": the version now stored, so the user can overwrite on purpose. */
  currentVersion?: number;
  /** For "needs_confirmation": what the removal would take with it. */
  dependents?: Dependent[];
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetails,
  ) {
    super(code);
    this.name = "AppError";
  }
}
