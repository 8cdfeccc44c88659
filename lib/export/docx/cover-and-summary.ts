import { HeadingLevel, Paragraph } from "docx";
import type { PlanExport } from "@/lib/export/plan-export";
import type { ExportText } from "@/lib/export/export-text";
import { planTotals, sectionStep } from "@/lib/export/plan-wording";
import { bullets, heading, incompleteStep, missingSection, note, paragraph, type Block } from "./blocks";
import { STYLE } from "./document-styles";
import { table } from "./tables";
import { isFilled, textRuns } from "./user-text";

/** The first page: whose plan, when it was made, by whom, and whether it is still a draft. */
export function coverBlocks(data: PlanExport, text: ExportText): Block[] {
  const { project, incompleteSteps } = data.plan;
  const memberLines = data.members.map(({ name, role }) =>
    text.t("export.cover.memberLine", { name, role: text.t(`members.roles.${role}`) }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(project.name) }),
    paragraph(text.t("export.documentTitle"), STYLE.subtitle),
    ...(isFilled(project.description) ? [paragraph(project.description)] : []),
    paragraph(text.t("export.cover.preparedOn", { date: text.date(data.generatedAt) })),
    ...(memberLines.length ? [paragraph(text.t("export.cover.team"), STYLE.label), ...bullets(memberLines)] : []),
    ...(incompleteSteps.length ? [note(text.t("export.missing.draft"))] : []),
    paragraph(text.t("export.cover.generatedBy")),
  ];
}

/** Step 1 at a glance: each offering with its objective, weight and number of personas. */
export function summaryBlocks(data: PlanExport, text: ExportText): Block[] {
  const { plan } = data;
  const step = sectionStep(plan, "offerings");
  const blocks: Block[] = [heading(1, text.t("export.sections.summary"), { pageBreakBefore: true })];
  if (plan.offeringCount === 0) return [...blocks, missingSection(text, step)];
  const rows = plan.offerings.map((offering) => [
    offering.categoryName,
    offering.name,
    offering.objective,
    text.t("plan.offerings.importanceValue", { weight: offering.weight }),
    text.number(offering.personas.length),
  ]);
  return [
    ...blocks,
    ...incompleteStep(text, step),
    paragraph(planTotals(text, plan)),
    table({
      header: (["category", "offering", "objective", "importance", "personaCount"] as const).map((key) => text.t(`export.summary.${key}`)),
      widths: [18, 24, 32, 13, 13],
      rows,
    }),
  ];
}
