import { Paragraph, TextRun } from "docx";
import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { fitWords } from "@/lib/export/fit-wording";
import { bullets, paragraph, type Block } from "./blocks";
import { STYLE } from "./document-styles";
import { table } from "./tables";
import { xmlSafe } from "./user-text";

/** Our wording as a label above what follows (as listField labels a list), not a heading: the outline stays one entry per persona. */
const label = (value: string) => new Paragraph({ style: STYLE.label, children: [new TextRun(xmlSafe(value))] });

/**
 * A persona's value proposition under its card: the intermediary link, the fit's share, the
 * unanswered pains and gains first, the canvas as a table (kind, item, importance, what
 * answers it), the unmet needs, the motivations against competitors and what answers each pain.
 */
export function personaFitBlocks(text: ExportText, persona: PersonaOverview, offering: string): Block[] {
  const words = fitWords(text, persona, offering);
  const { unanswered, unmetNeeds, motivations, pains } = words;
  return [
    ...words.intermediary.map((line) => paragraph(line)),
    label(words.title),
    paragraph(words.share),
    ...(unanswered.lines.length ? [label(unanswered.title), ...bullets(unanswered.lines)] : []),
    ...(words.allAnswered ? [paragraph(words.allAnswered)] : []),
    ...(words.table
      ? [label(words.table.caption), table({ header: words.table.header, widths: [14, 34, 14, 38], rows: words.table.rows })]
      : []),
    ...(words.unlinked ? [paragraph(words.unlinked)] : []),
    ...(unmetNeeds.lines.length ? [label(unmetNeeds.title), ...bullets(unmetNeeds.lines)] : []),
    ...(unmetNeeds.allMet ? [paragraph(unmetNeeds.allMet)] : []),
    ...(motivations.lines.length
      ? [
          label(motivations.title),
          ...motivations.lines.flatMap(({ motivation, rivals }) => [...bullets([motivation]), ...bullets([rivals], 1)]),
        ]
      : []),
    ...(pains.lines.length
      ? [
          label(pains.title),
          ...pains.lines.flatMap(({ pain, importance, answers }) => [...bullets([`${pain} (${importance})`]), ...bullets(answers, 1)]),
        ]
      : []),
  ];
}
