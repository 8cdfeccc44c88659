import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import type { ReviewStatus } from "@/db/schema";
import { stepNumber } from "./comments";
import { text } from "./text";

export const REVIEW_STATUSES = ["reviewed", "changes_requested"] as const satisfies readonly ReviewStatus[];

export const MAX_REVIEW_NOTE_LENGTH = 2000;

// A request for changes without saying which ones leaves the owner guessing: the note is
// required then, and optional for "reviewed".
export const stepReviewSchema = z
  .object({
    step: stepNumber,
    status: z.enum(REVIEW_STATUSES, fieldError("required")),
    note: text(MAX_REVIEW_NOTE_LENGTH),
  })
  .check(
    z.refine((values) => values.status !== "changes_requested" || values.note.length > 0, { ...fieldError("required"), path: ["note"] }),
  );

export type StepReviewInput = z.infer<typeof stepReviewSchema>;

/** "Done, please look again": the step, and an optional word to the mentor. */
export const stepReadySchema = z.object({ step: stepNumber, note: text(MAX_REVIEW_NOTE_LENGTH) });

export type StepReadyInput = z.infer<typeof stepReadySchema>;
