import * as z from "zod/mini";
import { requiredText, text } from "./text";

export const PROJECT_NAME_MAX = 80;

export const projectDetailsSchema = z.object({
  name: requiredText(PROJECT_NAME_MAX),
  description: text(160),
});

export type ProjectDetailsInput = z.infer<typeof projectDetailsSchema>;

/** The copy's name, suggested as "<name> (copy)" by the dashboard and editable before copying. */
export const duplicateProjectSchema = z.object({ name: projectDetailsSchema.shape.name });

export type DuplicateProjectInput = z.infer<typeof duplicateProjectSchema>;
