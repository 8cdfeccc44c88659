import type { OfferingOverview, PersonaOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "../export-text";
import { assumptionsParagraph, validationWords } from "../validation-wording";
import { fields, note, paragraph, type Block } from "./blocks";
import { markdownInline, markdownParagraph } from "./escape-markdown";

const strong = (value: string): Block => `**${markdownInline(value)}**`;
const bulletList = (lines: readonly string[]): Block => lines.map((line) => `- ${markdownParagraph(line, "  ")}`).join("\n");

/**
 * Whether research backs a persona, under its card: the hypothesis line (set apart as our
 * remark, like an unwalked journey) or the evidence, what it showed and confirmed, and the
 * checks still open.
 */
export function personaValidationBlocks(text: ExportText, persona: PersonaOverview): Block[] {
  const words = validationWords(text, persona);
  return [
    words.validated ? paragraph(words.status) : note(words.status),
    ...(words.note ? fields([{ label: words.note.label, value: words.note.value }]) : []),
    ...(words.confirmed ? [strong(words.confirmed.title), bulletList(words.confirmed.lines)] : []),
    ...(words.openPlan ? [strong(words.openPlan.title), bulletList(words.openPlan.lines)] : []),
  ];
}

/** The project's paragraph at the top of the personas: how many rest on assumptions, and which. */
export function assumptionsBlocks(text: ExportText, offerings: readonly OfferingOverview[]): Block[] {
  const line = assumptionsParagraph(text, offerings);
  return line ? [paragraph(line)] : [];
}
