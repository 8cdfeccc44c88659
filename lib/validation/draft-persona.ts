import * as z from "zod/mini";
import { SEGMENTS } from "@/lib/customers/segments";
import { fieldError } from "./error-codes";

/** "Draft a persona from this group": which customer group, and the offering the persona is for. */
export const draftPersonaSchema = z.object({
  segment: z.enum(SEGMENTS, fieldError("required")),
  // Only well-formed here: the data layer checks that it is one of the project's offerings.
  offeringId: z.uuid(fieldError("unknown_offering")),
});
export type DraftPersonaInput = z.infer<typeof draftPersonaSchema>;
