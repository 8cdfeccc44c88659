// Codes, not messages: the interface turns each into a translated sentence
// (messages: errors.<code>), and database details are logged, never shown.
export type ErrorCode = "unauthenticated" | "not_found" | "forbidden" | "conflict" | "validation" | "unavailable";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}
