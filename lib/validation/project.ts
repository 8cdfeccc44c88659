import * as z from "zod/mini";
import { PROJECT_KINDS } from "@/lib/projects/kinds";
import { fieldError } from "./error-codes";
import { requiredText, text } from "./text";

export const PROJECT_NAME_MAX = 80;

export const projectDetailsSchema = z.object({
  name: requiredText(PROJECT_NAME_MAX),
  description: text(160),
});

export type ProjectDetailsInput = z.infer<typeof projectDetailsSchema>;

/** One of the known kinds of business; anything else is a field error, not a silent "other". */
export const projectKindField = z.enum(PROJECT_KINDS, fieldError("invalid"));

/** The dashboard's "new project" form: the details plus the kind of business. */
export const createProjectSchema = z.object({ ...projectDetailsSchema.shape, kind: projectKindField });

export type CreateProjectInput = z.infer<typeof createProjectSchema>;

/** Changing the kind of business later, from the project's header. */
export const projectKindSchema = z.object({ kind: projectKindField });

export type ProjectKindInput = z.infer<typeof projectKindSchema>;

/** The copy's name, suggested as "<name> (copy)" by the dashboard and editable before copying. */
export const duplicateProjectSchema = z.object({ name: projectDetailsSchema.shape.name });

export type DuplicateProjectInput = z.infer<typeof duplicateProjectSchema>;
