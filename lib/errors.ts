import type { FieldErrorCode, FieldErrorMessage } from "@/lib/validation/error-codes";

// Codes, not messages: the interface turns each into a translated sentence
// (messages: errors.<code>), and database details are logged, never shown.
export const ERROR_CODES = [
  "unauthenticated",
  "not_found",
  "forbidden",
  "conflict",
  "needs_confirmation",
  "validation",
  "unavailable",
  // Members and invitations.
  "owner_cannot_leave",
  "owner_fixed",
  "transfer_needs_editor",
  // Deleting one's account: an owned project still has other members.
  "account_has_shared_projects",
  "member_gone",
  "invitation_gone",
  // Reviews: the step is no longer waiting for changes (the mentor gave a new verdict).
  "review_changed",
  // Account emails (password reset, email change): no SMTP_URL, or too many requests.
  "mail_not_configured",
  "throttled",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Rows that would be deleted along with something the user removed. */
export interface Dependent {
  kind: "offering" | "persona" | "channel" | "pain" | "gain" | "stage";
  name: string;
  /** For a journey stage: the stage (stored name) its content ideas and campaigns move to. */
  movesTo?: string;
  /** For a journey stage: the persona journey-map cells written for it, which go. */
  journeyCells?: number;
  /** For a pain or gain: the persona it belongs to. */
  persona?: string;
  valueEntries?: number;
  personas?: number;
  contentIdeas?: number;
  socialPlans?: number;
  campaigns?: number;
}

/** Field path ("personas.2.offeringId") to what is wrong with it; a limit's code carries the limit. */
export type FieldErrorMap = Record<string, FieldErrorCode | FieldErrorMessage>;

export interface ErrorDetails {
  /** For "validation" found by the data layer (e.g. a reference to a row that is gone). */
  fieldErrors?: FieldErrorMap;
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
