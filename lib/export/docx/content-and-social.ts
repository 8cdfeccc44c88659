import type { PlanExport } from "@/lib/export/plan-export";
import type { SocialPlanRow } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { networkNames } from "@/lib/export/plan-wording";
import { below, heading, missingSection, paragraph, sectionHeading, type Block, type Placement } from "./blocks";
import { cellField, cellText, table, type CellContent } from "./tables";
import type { MessageKeyIn } from "@/lib/i18n/app-config";

/** One table per persona, its ideas as the plan orders them (by journey stage, then date), so each journey reads top to bottom. */
export function contentPlanBlocks({ plan }: PlanExport, text: ExportText, at: Placement): Block[] {
  const c = (key: MessageKeyIn<"plan.content">) => text.t(`plan.content.${key}`);
  const blocks: Block[] = [sectionHeading(text.t("export.sections.content"), at)];
  if (!plan.content.length) return [...blocks, missingSection(text, at.step)];
  blocks.push(...at.notes);
  for (const { persona, ideas } of plan.content) {
    blocks.push(
      heading(below(at.level), text.t("plan.content.caption", { persona: persona.name, offering: persona.offeringName })),
      table({
        header: [c("stage"), c("topic"), c("format"), c("addresses"), c("date")],
        widths: [20, 27, 15, 21, 17],
        rows: ideas.map((idea) => [
          idea.stage,
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
export function socialMatrixBlocks({ plan }: PlanExport, text: ExportText, at: Placement): Block[] {
  const { networks, rows } = plan.social;
  const blocks: Block[] = [sectionHeading(text.t("export.sections.social"), at)];
  if (!rows.length) return [...blocks, missingSection(text, at.step)];
  const purpose = text.t("integration.fields.socialPlans.purpose.label");
  const cell = (plans: SocialPlanRow[]): CellContent =>
    plans.length
      ? plans.flatMap((p) => [
          ...cellField(purpose, p.purpose),
          ...cellField(text.t("plan.social.frequency"), p.frequency),
          ...cellField(text.t("plan.social.tone"), p.tone),
        ])
      : [cellText(text.t("plan.social.none"))];
  blocks.push(...at.notes, paragraph(text.t("plan.social.caption")));
  for (let from = 0; from < networks.length; from += NETWORKS_PER_TABLE) {
    const shown = networks.slice(from, from + NETWORKS_PER_TABLE);
    blocks.push(
      table({
        header: [text.t("plan.social.persona"), ...networkNames(text, shown)],
        widths: [2, ...shown.map(() => 3)],
        rows: rows.map((row) => [row.persona.name, ...row.cells.slice(from, from + NETWORKS_PER_TABLE).map(cell)]),
      }),
    );
  }
  return blocks;
}
