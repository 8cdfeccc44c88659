import * as z from "zod/mini";
import { requiredText, text } from "./text";

export const projectDetailsSchema = z.object({
  name: requiredText(80),
  description: text(160),
});

export type ProjectDetailsInput = z.infer<typeof projectDetailsSchema>;
