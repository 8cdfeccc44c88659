import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import { REVIEW_STATUSES, MAX_REVIEW_NOTE_LENGTH } from "./step-reviews";
import { requiredText, text } from "./text";

export const MAX_VERSION_NAME_LENGTH = 80;

/** "Before the spring launch": how the team will tell this version from the others. */
export const saveVersionSchema = z.object({ name: requiredText(MAX_VERSION_NAME_LENGTH) });
export type SaveVersionInput = z.infer<typeof saveVersionSchema>;

// Worded like a step review: a request for changes must say which ones.
export const versionReviewSchema = z
  .object({
    versionId: z.uuid(fieldError("invalid")),
    status: z.enum(REVIEW_STATUSES, fieldError("required")),
    note: text(MAX_REVIEW_NOTE_LENGTH),
  })
  .check(
    z.refine((values) => values.status !== "changes_requested" || values.note.length > 0, { ...fieldError("required"), path: ["note"] }),
  );
export type VersionReviewInput = z.infer<typeof versionReviewSchema>;
