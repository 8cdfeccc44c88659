import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Dependent } from "@/lib/errors";
import type { JourneyStageInput } from "@/lib/validation/journey";
import type { PersonaInput } from "@/lib/validation/personas-step";
import type { Transaction } from "../connect";
import { campaigns, contentIdeas, journeyStages } from "../schema";
import { deleteListRows, matchList, writeListRows, type ListMatch } from "./replace-list";

// The project's journey stages as step 4 edits them. Content ideas must have a stage and
// campaigns may name one, so a removed stage hands its ideas and campaigns to the nearest
// stage before it that stays (or the first stage of the new list when none does), and the
// journey-map cells written for it go. Both need the owner's confirmation first.

export interface StagePlan {
  match: ListMatch;
  /** Server id of the stage each removed stage's ideas and campaigns move to. */
  movesTo: Map<string, string>;
  /** Stage ids (as sent or stored) that cells may name: the ones kept, added or removed. */
  known: Set<string>;
  /** Name of each stage of the new list, by server id. */
  names: Map<string, string>;
}

/** Matches the sent stages against the stored ones and decides where removed stages' content goes. */
export async function planStages(tx: Transaction, projectId: string, sent: readonly JourneyStageInput[]): Promise<StagePlan> {
  const stored = await tx
    .select({ id: journeyStages.id })
    .from(journeyStages)
    .where(eq(journeyStages.projectId, projectId))
    .orderBy(asc(journeyStages.position), asc(journeyStages.id));
  const match = await matchList(tx, journeyStages, projectId, sent);
  const removed = new Set(match.removed);
  const movesTo = new Map<string, string>();
  stored.forEach((stage, index) => {
    if (!removed.has(stage.id)) return;
    const earlier = stored
      .slice(0, index)
      .reverse()
      .find((s) => !removed.has(s.id));
    movesTo.set(stage.id, earlier?.id ?? match.rowIds[0]!);
  });
  return {
    match,
    movesTo,
    known: new Set([...sent.map((s) => s.id), ...match.removed]),
    names: new Map(sent.map((s, i) => [match.rowIds[i]!, s.name])),
  };
}

const count = sql<number>`count(*)::int`;

async function countByStage(tx: Transaction, table: typeof contentIdeas | typeof campaigns, projectId: string, stageIds: string[]) {
  const rows = await tx
    .select({ stageId: table.stageId, n: count })
    .from(table)
    .where(and(eq(table.projectId, projectId), inArray(table.stageId, stageIds)))
    .groupBy(table.stageId);
  return new Map(rows.map((r) => [r.stageId, r.n]));
}

const hasContent = (cell: PersonaInput["journey"]["cells"][number]) =>
  cell.feeling !== null ||
  [cell.touchpoints, cell.thinksAndDoes, cell.feelingWord, cell.painPoints, cell.opportunities].some((v) => v.trim());

/**
 * What removing stages would change: per used stage, its ideas and campaigns (which move to
 * `movesTo`, a stored name) and the written journey cells of the personas this save sends.
 */
export async function stageDependents(
  tx: Transaction,
  projectId: string,
  plan: StagePlan,
  personaRows: readonly PersonaInput[],
): Promise<Dependent[]> {
  const removed = plan.match.removed;
  if (!removed.length) return [];
  const names = await tx
    .select({ id: journeyStages.id, name: journeyStages.name })
    .from(journeyStages)
    .where(and(eq(journeyStages.projectId, projectId), inArray(journeyStages.id, removed)));
  const ideas = await countByStage(tx, contentIdeas, projectId, removed);
  const campaignCounts = await countByStage(tx, campaigns, projectId, removed);
  const cells = new Map<string, number>();
  for (const persona of personaRows) {
    for (const cell of persona.journey.cells) if (hasContent(cell)) cells.set(cell.stageId, (cells.get(cell.stageId) ?? 0) + 1);
  }
  return names
    .map((stage) => {
      const target = plan.movesTo.get(stage.id)!;
      return {
        kind: "stage" as const,
        name: stage.name,
        movesTo: plan.names.get(target) ?? "",
        contentIdeas: ideas.get(stage.id) ?? 0,
        campaigns: campaignCounts.get(stage.id) ?? 0,
        journeyCells: cells.get(stage.id) ?? 0,
      };
    })
    .filter((d) => d.contentIdeas + d.campaigns + d.journeyCells > 0);
}

/**
 * Writes the sent stages in order (kept ones renamed or moved, new ones added), moves the
 * removed stages' ideas and campaigns, then deletes them: four statements however many.
 */
export async function writeStages(tx: Transaction, projectId: string, sent: readonly JourneyStageInput[], plan: StagePlan) {
  await writeListRows(
    tx,
    journeyStages,
    projectId,
    sent.map((stage, position) => ({ id: plan.match.rowIds[position]!, name: stage.name, position })),
  );
  if (plan.movesTo.size) {
    const moves = sql.join(
      [...plan.movesTo].map(([from, to]) => sql`(${from}::uuid, ${to}::uuid)`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${contentIdeas} set stage_id = m.to_id from (values ${moves}) as m(from_id, to_id)
          where ${contentIdeas.projectId} = ${projectId} and ${contentIdeas.stageId} = m.from_id`,
    );
    await tx.execute(
      sql`update ${campaigns} set stage_id = m.to_id from (values ${moves}) as m(from_id, to_id)
          where ${campaigns.projectId} = ${projectId} and ${campaigns.stageId} = m.from_id`,
    );
  }
  await deleteListRows(tx, journeyStages, projectId, plan.match.removed);
}

/** A persona's journey with its cells on the stages' server ids, those of removed stages gone. */
export function journeyOnStages(journey: PersonaInput["journey"], plan: StagePlan | null): PersonaInput["journey"] {
  if (!plan) return journey;
  const removed = new Set(plan.match.removed);
  return {
    ...journey,
    cells: journey.cells.filter((c) => !removed.has(c.stageId)).map((c) => ({ ...c, stageId: plan.match.ids.get(c.stageId) ?? c.stageId })),
  };
}
