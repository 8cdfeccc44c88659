import * as z from "zod/mini";
import { JOURNEY_STAGES, type JourneyStage } from "@/lib/wizard/journey-stages";
import { fieldError, fieldIssue } from "./error-codes";
import { isIsoDate } from "./integration-step";
import { requiredText, text } from "./text";

// The customer journey (issue 15): the project's own list of stages, and per persona a map of
// what happens at each stage. A stage keeps the code of a ready-made stage ("awareness") as
// its name until the owner renames it, so the defaults read in the reader's language.

export const MAX_STAGES = 12;
export const STAGE_NAME_MAX = 60;
/** Characters of each written part of a journey, for the schema and the counters. */
export const JOURNEY_TEXT_MAX = {
  objective: 600,
  walkedNotes: 1000,
  touchpoints: 600,
  thinksAndDoes: 600,
  feelingWord: 40,
  painPoints: 600,
  opportunities: 600,
} as const;

/** How the persona feels at a stage, from very negative (-2) to very positive (2). */
export const FEELINGS = [-2, -1, 0, 1, 2] as const;
export type Feeling = (typeof FEELINGS)[number];

export const journeyStageSchema = z.object({
  id: z.uuid(fieldError("invalid")),
  name: requiredText(STAGE_NAME_MAX),
});
export type JourneyStageInput = z.infer<typeof journeyStageSchema>;

export const journeyStagesSchema = z.array(journeyStageSchema).check(
  z.minLength(1, fieldError("required")),
  z.maxLength(MAX_STAGES, fieldError("too_many", MAX_STAGES)),
  z.superRefine((stages, ctx) => {
    const names = new Set<string>();
    const ids = new Set<string>();
    stages.forEach((stage, index) => {
      const key = stage.name.trim().toLocaleLowerCase();
      if (names.has(key)) ctx.addIssue(fieldIssue("duplicate", [index, "name"]));
      if (ids.has(stage.id)) ctx.addIssue(fieldIssue("invalid", [index, "id"]));
      names.add(key);
      ids.add(stage.id);
    });
  }),
);

const optionalDate = z.string(fieldError("invalid_date")).check(
  z.trim(),
  z.refine((value) => value === "" || isIsoDate(value), fieldError("invalid_date")),
);

export const journeyCellSchema = z.object({
  stageId: z.uuid(fieldError("invalid")),
  touchpoints: text(JOURNEY_TEXT_MAX.touchpoints),
  thinksAndDoes: text(JOURNEY_TEXT_MAX.thinksAndDoes),
  feeling: z.nullable(z.union(FEELINGS.map((f) => z.literal(f)) as [z.ZodMiniLiteral<Feeling>], fieldError("invalid"))),
  feelingWord: text(JOURNEY_TEXT_MAX.feelingWord),
  painPoints: text(JOURNEY_TEXT_MAX.painPoints),
  opportunities: text(JOURNEY_TEXT_MAX.opportunities),
});
export type JourneyCell = z.infer<typeof journeyCellSchema>;

export const personaJourneySchema = z.object({
  /** What the owner wants to learn from the map, and for whom. */
  objective: text(JOURNEY_TEXT_MAX.objective),
  /** When the owner walked the journey themselves ("" until then: the map is a hypothesis). */
  walkedOn: optionalDate,
  walkedNotes: text(JOURNEY_TEXT_MAX.walkedNotes),
  cells: z.array(journeyCellSchema).check(
    z.maxLength(MAX_STAGES, fieldError("too_many", MAX_STAGES)),
    z.refine((cells) => new Set(cells.map((c) => c.stageId)).size === cells.length, fieldError("duplicate")),
  ),
});
export type PersonaJourney = z.infer<typeof personaJourneySchema>;

export const NO_JOURNEY: PersonaJourney = { objective: "", walkedOn: "", walkedNotes: "", cells: [] };

export const blankCell = (stageId: string): JourneyCell => ({
  stageId,
  touchpoints: "",
  thinksAndDoes: "",
  feeling: null,
  feelingWord: "",
  painPoints: "",
  opportunities: "",
});

/** The stages every project starts with, stored by their codes. */
export const DEFAULT_STAGE_NAMES: readonly JourneyStage[] = JOURNEY_STAGES;

export function isStageCode(name: string): name is JourneyStage {
  return (JOURNEY_STAGES as readonly string[]).includes(name);
}

/** A stage's name as a reader sees it: a ready-made stage in their language, any other as typed. */
export function stageName(name: string, label: (code: JourneyStage) => string): string {
  return isStageCode(name) ? label(name) : name;
}
