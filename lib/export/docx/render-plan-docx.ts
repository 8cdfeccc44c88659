import { Document, Packer } from "docx";
import type { ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { planParts, writeStepParts, type SectionWriter } from "@/lib/export/plan-parts";
import type { PlanSection } from "@/lib/wizard/steps";
import { appendixBlocks } from "./appendix-section";
import { heading, incompleteStep, type Block, type Level } from "./blocks";
import { campaignBlocks, timelineBlocks } from "./campaigns-section";
import { contentPlanBlocks, socialMatrixBlocks } from "./content-and-social";
import { coverBlocks, summaryBlocks } from "./cover-and-summary";
import { bulletNumbering, documentStyles, PAGE, pageFooter } from "./document-styles";
import { demographicsBlocks, marketBlocks } from "./market-and-demographics";
import { personasBlocks } from "./personas-section";
import { xmlSafe } from "./user-text";

/** How each plan section is written, in the order lib/wizard/steps.ts declares them. */
const SECTIONS: Record<PlanSection, SectionWriter<Block, Level> | null> = {
  // The summary's table lists the offerings, and the personas part restates each one above its personas.
  offerings: null,
  market: marketBlocks,
  demographics: demographicsBlocks,
  personas: personasBlocks,
  content: contentPlanBlocks,
  social: socialMatrixBlocks,
  campaigns: (data, text, at) => [...campaignBlocks(data, text, at), ...timelineBlocks(data, text, at)],
};

const PARTS = planParts(SECTIONS);

/**
 * One part per step, each on a new page. A step of several sections (step 5) gets its own
 * heading and note, and each section its own missing note, since a plan often has some but not all.
 */
const stepBlocks = (data: PlanExport, text: ExportText): Block[] =>
  writeStepParts(data, text, PARTS, {
    partLevel: 1,
    sectionLevel: 2,
    stepHeading: (title) => heading(1, title, { pageBreakBefore: true }),
    notes: (step) => incompleteStep(text, step),
  });

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
        children: [...coverBlocks(data, text), ...summaryBlocks(data, text), ...stepBlocks(data, text), ...appendixBlocks(data, text)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
