import { Paragraph, TextRun } from "docx";
import type { OfferingOverview, PersonaOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { assumptionsParagraph, validationWords } from "@/lib/export/validation-wording";
import { bullets, field, note, paragraph, type Block } from "./blocks";
import { STYLE } from "./document-styles";
import { xmlSafe } from "./user-text";

/** Our wording as a label above what follows, not a heading: the outline stays one entry per persona. */
const label = (value: string) => new Paragraph({ style: STYLE.label, children: [new TextRun(xmlSafe(value))] });

/**
 * Whether research backs a persona, under its card: the hypothesis (set apart as our note, like
 * an unwalked journey) or the evidence, what it showed and confirmed, and the checks still open.
 */
export function personaValidationBlocks(text: ExportText, persona: PersonaOverview): Block[] {
  const words = validationWords(text, persona);
  return [
    words.validated ? paragraph(words.status) : note(words.status),
    ...(words.note ? field(words.note.label, words.note.value) : []),
    ...(words.confirmed ? [label(words.confirmed.title), ...bullets(words.confirmed.lines)] : []),
    ...(words.openPlan ? [label(words.openPlan.title), ...bullets(words.openPlan.lines)] : []),
  ];
}

/** The project's paragraph at the top of the personas: how many rest on assumptions, and which. */
export function assumptionsBlocks(text: ExportText, offerings: readonly OfferingOverview[]): Block[] {
  const line = assumptionsParagraph(text, offerings);
  return line ? [paragraph(line)] : [];
}
