import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import { ROW_TEXT_LIMITS } from "./integration-step";
import { requiredText } from "./text";

/** An opportunity of a persona's journey map, sent to step 5 as a content idea at that stage. */
export const opportunityIdeaSchema = z.object({
  personaId: z.uuid(fieldError("unknown_persona")),
  stageId: z.uuid(fieldError("unknown_item")),
  topic: requiredText(ROW_TEXT_LIMITS.contentIdeas.topic),
});
export type OpportunityIdeaInput = z.infer<typeof opportunityIdeaSchema>;
