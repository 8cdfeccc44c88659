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
  "too_short",
  "too_many",
  "invalid",
  "duplicate",
  "invalid_email",
  "invalid_number",
  "invalid_amount",
  "ambiguous_number",
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
  "unknown_channel",
  "unknown_competitor",
  "at_least_one_persona",
  "at_least_one_evidence",
  "unknown_item",
  "invalid_color",
  "file_type",
  "file_too_big",
  // Found by the data layer or an action rather than a schema.
  "email_taken",
  "already_member",
  "already_invited",
  "confirmation_mismatch",
  "wrong_password",
  "locked",
  "password_too_short",
  "password_too_long",
  "passwords_differ",
  "email_in_use",
  "same_email",
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

/** Codes whose sentence names the limit that was passed ("At most 120 characters"). */
export const LIMIT_CODES = ["too_long", "too_short", "too_many", "file_too_big"] as const satisfies readonly FieldErrorCode[];
export type LimitCode = (typeof LIMIT_CODES)[number];

/**
 * What a field error says on the way to the interface: a code, or a limit's code with the
 * limit after a colon ("too_long:120"). A plain string, because that is all react-hook-form
 * and a server action's answer carry.
 */
export type FieldErrorMessage = Exclude<FieldErrorCode, LimitCode> | `${LimitCode}:${number}`;

type FieldErrorArgs = [code: Exclude<FieldErrorCode, LimitCode>] | [code: LimitCode, limit: number];

function message(...[code, limit]: FieldErrorArgs): FieldErrorMessage {
  return limit === undefined ? (code as Exclude<FieldErrorCode, LimitCode>) : `${code as LimitCode}:${limit}`;
}

/**
 * A zod check's params with a known code: `z.minLength(1, fieldError("required"))`. A limit's
 * code needs the limit, so the message can say it: `z.maxLength(80, fieldError("too_long", 80))`.
 */
export function fieldError(...args: FieldErrorArgs): { error: FieldErrorMessage } {
  return { error: message(...args) };
}

/** An issue for `ctx.addIssue` in a superRefine, on `path` when given (else on the value itself). */
export function fieldIssue(
  code: Exclude<FieldErrorCode, LimitCode>,
  path?: PropertyKey[],
): { code: "custom"; message: FieldErrorMessage; path?: PropertyKey[] } {
  return path ? { code: "custom", message: code, path } : { code: "custom", message: code };
}

/** A field error's code and, for a limit's code, the limit: "too_long:120" → too_long, 120. */
export function readErrorMessage(text: string): { code: ErrorMessageCode; limit?: number } | undefined {
  const [code = "", limit, ...rest] = text.split(":");
  if (!isErrorMessageCode(code) || rest.length) return undefined;
  if (limit === undefined) return (LIMIT_CODES as readonly string[]).includes(code) ? undefined : { code };
  return (LIMIT_CODES as readonly string[]).includes(code) && /^\d+$/.test(limit) ? { code, limit: Number(limit) } : undefined;
}
