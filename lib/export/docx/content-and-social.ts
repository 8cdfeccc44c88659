import type { ContentIdeaRow, PlanOverview, SocialPlanRow, StepStatus } from "@/db/queries/plan-overview-model";
import type { JourneyStage } from "@/db/schema";
import type { ExportText } from "@/lib/export/export-text";
import { byDay, heading, missingSection, paragraph, type Block } from "./blocks";
import { cellField, cellText, table, type CellContent } from "./tables";

const STAGE_ORDER: readonly JourneyStage[] = ["awareness", "consideration", "decision", "retention", "advocacy"];

/** Ideas in journey order; within a stage by date, the undated last (sort is stable, so the plan's order breaks ties). */
function byJourney(ideas: readonly ContentIdeaRow[]): ContentIdeaRow[] {
  return [...ideas].sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) || byDay(a.plannedOn, b.plannedOn));
}

/** One table per persona, so each persona's journey reads top to bottom. */
export function contentPlanBlocks(plan: PlanOverview, text: ExportText, step: StepStatus): Block[] {
  const c = (key: string) => text.t(`plan.content.${key}`);
  const blocks: Block[] = [heading(2, text.t("export.sections.content"))];
  if (!plan.content.length) return [...blocks, missingSection(text, step)];
  for (const { persona, ideas } of plan.content) {
    blocks.push(
      heading(3, text.t("plan.content.caption", { persona: persona.name, offering: persona.offeringName })),
      table({
        header: [c("stage"), c("topic"), c("format"), c("addresses"), c("date")],
        widths: [20, 27, 15, 21, 17],
        rows: byJourney(ideas).map((idea) => [
          text.t(`plan.stages.${idea.stage}`),
          idea.topic,
          idea.format,
          idea.addresses,
          idea.plannedOn ? text.date(idea.plannedOn) : c("noDate"),
        ]),
      }),
    );
  }
  return blocks;
}

/** Networks per table: past four, a portrait A4 page leaves too little width per column. */
const NETWORKS_PER_TABLE = 4;

/** The persona × network matrix: for each pair, why the network is used, how often and in what tone. */
export function socialMatrixBlocks(plan: PlanOverview, text: ExportText, step: StepStatus): Block[] {
  const { networks, rows } = plan.social;
  const blocks: Block[] = [heading(2, text.t("export.sections.social"))];
  if (!rows.length) return [...blocks, missingSection(text, step)];
  const purpose = text.t("integration.fields.socialPlans.purpose.label");
  const cell = (plans: SocialPlanRow[]): CellContent =>
    plans.length
      ? plans.flatMap((p) => [
          ...cellField(purpose, p.purpose),
          ...cellField(text.t("plan.social.frequency"), p.frequency),
          ...cellField(text.t("plan.social.tone"), p.tone),
        ])
      : [cellText(text.t("plan.social.none"))];
  blocks.push(paragraph(text.t("plan.social.caption")));
  for (let from = 0; from < networks.length; from += NETWORKS_PER_TABLE) {
    const shown = networks.slice(from, from + NETWORKS_PER_TABLE);
    blocks.push(
      table({
        header: [text.t("plan.social.persona"), ...shown],
        widths: [2, ...shown.map(() => 3)],
        rows: rows.map((row) => [row.persona.name, ...row.cells.slice(from, from + NETWORKS_PER_TABLE).map(cell)]),
      }),
    );
  }
  return blocks;
}
