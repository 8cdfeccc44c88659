import { ERROR_CODES } from "@/lib/errors";
import type { Messages } from "@/lib/i18n/load-messages";

/**
 * What a field can be wrong with. Schemas, the data layer and actions report these codes;
 * the interface shows `errors.<code>`. They go through fieldError() and fieldIssue() below
 * (ESLint refuses a bare string there), so a misspelt code fails `tsc` instead of quietly
 * showing the generic "not valid" message.
 */
export const FIELD_ERROR_CODES = [
  "required",
  "too_long",
  "too_many",
  "invalid",
  "duplicate",
  "invalid_email",
  "invalid_number",
  "invalid_amount",
  "invalid_url",
  "invalid_date",
  "out_of_range",
  "age_order",
  "date_order",
  "duplicate_category",
  "unknown_category",
  "at_least_one_category",
  "revenue_over_100",
  "unknown_persona",
  "unknown_offering",
  "at_least_one_persona",
  "unknown_item",
  // Found by the data layer or an action rather than a schema.
  "email_taken",
  "already_member",
  "already_invited",
  "wrong_password",
  "locked",
  "password_too_short",
  "password_too_long",
  "passwords_differ",
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/**
 * Every code that has a sentence under `errors.<code>`: a field's, a whole form's (lib/errors),
 * and "unreachable", which the browser says itself when the server does not answer. The
 * `satisfies` fails tsc for a code without an English message; error-codes.test.ts checks
 * every locale, and that no message is left without a code.
 */
export const ERROR_MESSAGE_CODES = [
  ...FIELD_ERROR_CODES,
  ...ERROR_CODES,
  "unreachable",
] as const satisfies readonly (keyof Messages["errors"])[];

export type ErrorMessageCode = (typeof ERROR_MESSAGE_CODES)[number];

export function isErrorMessageCode(value: string): value is ErrorMessageCode {
  return (ERROR_MESSAGE_CODES as readonly string[]).includes(value);
}

/** A zod check's params with a known code: `z.maxLength(80, fieldError("too_long"))`. */
export function fieldError(code: FieldErrorCode): { error: FieldErrorCode } {
  return { error: code };
}

/** An issue for `ctx.addIssue` in a superRefine, on `path` when given (else on the value itself). */
export function fieldIssue(code: FieldErrorCode, path?: PropertyKey[]): { code: "custom"; message: FieldErrorCode; path?: PropertyKey[] } {
  return path ? { code: "custom", message: code, path } : { code: "custom", message: code };
}
