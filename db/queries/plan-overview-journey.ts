import { blankCell, type JourneyCell, type JourneyStageInput, type PersonaJourney } from "@/lib/validation/journey";

// Issue 15's half of a persona in the plan: its customer journey map, laid against the
// project's stages in their order. Worked out in memory from the persona's jsonb and the one
// read of the stages, so a plan of 12 personas × 8 stages costs no more queries than an empty
// one; the page and every download lay out what this builds.

/** One column of the map: a stage of the project (its stored name: a code or the owner's words) and the persona's cell there. */
export interface JourneyColumn {
  stage: JourneyStageInput;
  /** Blank when the persona has nothing written for the stage yet. */
  cell: JourneyCell;
}

export interface PlanJourney {
  objective: string;
  /** The day the owner walked the journey themselves; null while the map is a hypothesis. */
  walkedOn: string | null;
  walkedNotes: string;
  /** Every stage of the project in its order, so a stage nobody wrote about shows as a gap. */
  columns: JourneyColumn[];
}

const isBlankCell = (cell: JourneyCell) =>
  cell.feeling === null &&
  [cell.touchpoints, cell.thinksAndDoes, cell.feelingWord, cell.painPoints, cell.opportunities].every((s) => s.trim() === "");

/**
 * A persona's map against `stages`, or null when there is nothing to show: no objective, no
 * walk and no written cell. Cells of a stage the project no longer has are left out.
 */
export function planJourney(journey: PersonaJourney, stages: readonly JourneyStageInput[]): PlanJourney | null {
  const cells = new Map(journey.cells.map((cell) => [cell.stageId, cell]));
  const columns = stages.map((stage) => ({ stage, cell: cells.get(stage.id) ?? blankCell(stage.id) }));
  const walkedOn = journey.walkedOn.trim() || null;
  if (!journey.objective.trim() && !walkedOn && columns.every((c) => isBlankCell(c.cell))) return null;
  return { objective: journey.objective, walkedOn, walkedNotes: journey.walkedNotes, columns };
}
