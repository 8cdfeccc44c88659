import { isStageCode, type JourneyStageInput } from "@/lib/validation/journey";
import type { JourneyStage } from "@/lib/wizard/journey-stages";

/** Something step 5 plans for one persona at one stage of the project's journey. */
export interface JourneyPlanItem {
  kind: "contentIdea" | "campaign";
  id: string;
  personaId: string;
  stageId: string;
  /** The topic of a content idea, the objective of a campaign. */
  title: string;
}

/**
 * The value a content idea stores for a stage of the project. Content ideas still keep the
 * ready-made stage's code, so a stage the owner added or renamed has none (null) and cannot
 * take a content idea yet; once ideas point at stage ids this returns the id for every stage.
 */
export function contentIdeaStage(stage: JourneyStageInput): JourneyStage | null {
  return isStageCode(stage.name) ? stage.name : null;
}

/** The stages (by id) where step 5 already plans something for `personaId`. */
export function plannedStages(items: readonly JourneyPlanItem[], personaId: string): Set<string> {
  return new Set(items.filter((item) => item.personaId === personaId).map((item) => item.stageId));
}
