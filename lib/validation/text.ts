import * as z from "zod/mini";
import { fieldError } from "./error-codes";

// PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate would be stored as U+FFFD:
// both are refused here, so the user gets a field message instead of a failed or altered save.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

/** Trimmed free text of at most `max` characters; may be empty. */
export const text = (max: number) =>
  z
    .string(fieldError("invalid"))
    .check(z.trim(), z.maxLength(max, fieldError("too_long", max)), z.refine(isStorableText, fieldError("invalid")));

/** Trimmed free text of at most `max` characters that must not be empty. */
export const requiredText = (max: number) => text(max).check(z.minLength(1, fieldError("required")));
