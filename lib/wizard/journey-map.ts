import type { Feeling, JourneyCell, PersonaJourney } from "@/lib/validation/journey";
import { factorLines } from "@/lib/validation/value-map";

// What step 4's journey map shows beside the cells the owner writes: the stages that need a
// plan, the one-line-per-stage summary, and the opportunities that can become content ideas.
// The emotion curve's geometry is the plan's and the downloads' (lib/export/journey-curve.ts).

/** A stage as the map shows it: its id and the name a reader sees. */
export interface MapStage {
  id: string;
  label: string;
}

export type FeelingLabel = "veryNegative" | "negative" | "neutral" | "positive" | "veryPositive";

export const FEELING_LABELS: Record<Feeling, FeelingLabel> = {
  [-2]: "veryNegative",
  [-1]: "negative",
  0: "neutral",
  1: "positive",
  2: "veryPositive",
};

/** The cell of each stage, in the stages' order (undefined where the owner wrote nothing yet). */
export function cellsByStage(stages: readonly MapStage[], journey: PersonaJourney): (JourneyCell | undefined)[] {
  const byId = new Map(journey.cells.map((cell) => [cell.stageId, cell]));
  return stages.map((stage) => byId.get(stage.id));
}

/** What the map says about one stage: the summary line and whether it needs something planned. */
export interface StageSummary {
  stageId: string;
  label: string;
  feeling: Feeling | null;
  feelingWord: string;
  /** The first touchpoint written (one per line). */
  touchpoint: string;
  /** The first pain point written (one per line). */
  painPoint: string;
  /** Pain points or a bad feeling, and nothing planned in step 5 for this persona at this stage. */
  unattended: boolean;
}

const firstLine = (text: string) => factorLines(text)[0] ?? "";

/**
 * One line per stage for the high-level version, with the flag. `plannedStageIds` are the
 * stages where step 5 already has content or a campaign for this persona.
 */
export function summarizeJourney(
  stages: readonly MapStage[],
  journey: PersonaJourney,
  plannedStageIds: ReadonlySet<string>,
): StageSummary[] {
  return cellsByStage(stages, journey).map((cell, index) => {
    const stage = stages[index]!;
    const feeling = cell?.feeling ?? null;
    const painPoint = firstLine(cell?.painPoints ?? "");
    const troubled = Boolean(painPoint) || (feeling !== null && feeling < 0);
    return {
      stageId: stage.id,
      label: stage.label,
      feeling,
      feelingWord: cell?.feelingWord.trim() ?? "",
      touchpoint: firstLine(cell?.touchpoints ?? ""),
      painPoint,
      unattended: troubled && !plannedStageIds.has(stage.id),
    };
  });
}

/** A map whose cells hold nothing yet counts as not started, however many empty cells it has. */
export function hasMapContent(journey: PersonaJourney): boolean {
  return journey.cells.some(
    (cell) =>
      cell.feeling !== null ||
      [cell.touchpoints, cell.thinksAndDoes, cell.feelingWord, cell.painPoints, cell.opportunities].some((t) => t.trim()),
  );
}

/** The opportunities written in a cell, one per line: each can become a content idea. */
export function opportunityLines(cell: JourneyCell | undefined): string[] {
  return factorLines(cell?.opportunities ?? "");
}

/** A content idea's topic from an opportunity line: the topic holds fewer characters than a cell. */
export function topicFromOpportunity(line: string, max: number): string {
  const text = line.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What the journey section still asks for: its objective and a first written stage. */
export function journeyToDo(journey: PersonaJourney): number {
  return (journey.objective.trim() ? 0 : 1) + (hasMapContent(journey) ? 0 : 1);
}
