/** Something step 5 plans for one persona at one stage of the project's journey. */
export interface JourneyPlanItem {
  kind: "contentIdea" | "campaign";
  id: string;
  personaId: string;
  stageId: string;
  /** The topic of a content idea, the objective of a campaign. */
  title: string;
}

/** The stages (by id) where step 5 already plans something for `personaId`. */
export function plannedStages(items: readonly JourneyPlanItem[], personaId: string): Set<string> {
  return new Set(items.filter((item) => item.personaId === personaId).map((item) => item.stageId));
}
