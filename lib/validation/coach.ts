import * as z from "zod/mini";
import { isCoachRule } from "@/lib/coach/rules";
import { fieldError } from "./error-codes";
import { requiredText, text } from "./text";

// Setting a coach finding aside asks why, so that a mentor reading the plan can judge the
// reason; "ok" says nothing, so a reason is a few words at least.
export const DISMISS_REASON_MIN = 3;
export const DISMISS_REASON_MAX = 500;
/** A subject is an id, two ids, or "segment:<code>"; anything longer is not one the coach makes. */
const SUBJECT_MAX = 120;

const finding = {
  rule: z.string(fieldError("invalid")).check(z.refine(isCoachRule, fieldError("invalid"))),
  subject: text(SUBJECT_MAX),
};

export const dismissFindingSchema = z.object({
  ...finding,
  reason: requiredText(DISMISS_REASON_MAX).check(z.minLength(DISMISS_REASON_MIN, fieldError("too_short", DISMISS_REASON_MIN))),
});
export type DismissFindingInput = z.infer<typeof dismissFindingSchema>;

export const restoreFindingSchema = z.object(finding);
export type RestoreFindingInput = z.infer<typeof restoreFindingSchema>;
