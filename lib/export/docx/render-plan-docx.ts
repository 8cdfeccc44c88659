import { Document, Packer } from "docx";
import type { ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { appendixBlocks } from "./appendix-section";
import { heading, incompleteStep, stepStatus, type Block } from "./blocks";
import { campaignBlocks, timelineBlocks } from "./campaigns-section";
import { contentPlanBlocks, socialMatrixBlocks } from "./content-and-social";
import { coverBlocks, summaryBlocks } from "./cover-and-summary";
import { bulletNumbering, documentStyles, PAGE, pageFooter } from "./document-styles";
import { demographicsBlocks, marketBlocks } from "./market-and-demographics";
import { personasBlocks } from "./personas-section";
import { xmlSafe } from "./user-text";

/** Step 5 in four parts, each with its own missing note, since a plan often has some but not all. */
function integrationBlocks(data: PlanExport, text: ExportText): Block[] {
  const step = stepStatus(data.plan.steps, 5);
  return [
    heading(1, text.t("export.sections.integration"), { pageBreakBefore: true }),
    ...incompleteStep(text, step),
    ...contentPlanBlocks(data.plan, text, step),
    ...socialMatrixBlocks(data.plan, text, step),
    ...campaignBlocks(data.plan, text, step),
    ...timelineBlocks(data.plan, text, step),
  ];
}

/**
 * The plan as an editable Word document in the reader's language: Word's own heading, list
 * and table structures throughout, so it opens in Word, LibreOffice and Google Docs with a
 * working outline and can be restyled there. A section with nothing in it yet says which
 * step fills it instead of failing.
 */
export async function renderPlanDocx(data: PlanExport, text: ExportText): Promise<Buffer> {
  const { project } = data.plan;
  const document = new Document({
    title: xmlSafe(`${project.name} · ${text.t("export.documentTitle")}`),
    subject: text.t("export.documentTitle"),
    description: xmlSafe(project.description),
    creator: "Perfila",
    lastModifiedBy: "Perfila",
    styles: documentStyles(data.locale),
    numbering: bulletNumbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: { default: pageFooter(text) },
        children: [
          ...coverBlocks(data, text),
          ...summaryBlocks(data, text),
          ...marketBlocks(data, text),
          ...demographicsBlocks(data, text),
          ...personasBlocks(data, text),
          ...integrationBlocks(data, text),
          ...appendixBlocks(data, text),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
