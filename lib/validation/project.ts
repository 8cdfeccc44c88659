import { z } from "zod";

export const projectDetailsSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(80, { error: "too_long" }),
  description: z.string().trim().max(160, { error: "too_long" }),
});

export type ProjectDetailsInput = z.infer<typeof projectDetailsSchema>;
