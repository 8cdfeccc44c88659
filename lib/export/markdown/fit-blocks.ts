import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "../export-text";
import { fitWords } from "../fit-wording";
import { paragraph, table, type Block } from "./blocks";
import { markdownInline, markdownParagraph } from "./escape-markdown";

const strong = (value: string): Block => `**${markdownInline(value)}**`;
const bulletList = (lines: readonly string[]): Block => lines.map((line) => `- ${markdownParagraph(line, "  ")}`).join("\n");

/**
 * A persona's value proposition under its card: the intermediary link, the fit's share, the
 * unanswered pains and gains first, the canvas as a table, the unmet needs, the motivations
 * against competitors and what answers each pain.
 */
export function personaFitBlocks(text: ExportText, persona: PersonaOverview, offering: string): Block[] {
  const words = fitWords(text, persona, offering);
  const { unanswered, unmetNeeds, motivations, pains } = words;
  return [
    ...words.intermediary.map(paragraph),
    strong(words.title),
    paragraph(words.share),
    ...(unanswered.lines.length ? [strong(unanswered.title), bulletList(unanswered.lines)] : []),
    ...(words.allAnswered ? [paragraph(words.allAnswered)] : []),
    ...(words.table ? [strong(words.table.caption), table(words.table.header, words.table.rows)] : []),
    ...(words.unlinked ? [paragraph(words.unlinked)] : []),
    ...(unmetNeeds.lines.length ? [strong(unmetNeeds.title), bulletList(unmetNeeds.lines)] : []),
    ...(unmetNeeds.allMet ? [paragraph(unmetNeeds.allMet)] : []),
    ...(motivations.lines.length
      ? [
          strong(motivations.title),
          motivations.lines
            .map(({ motivation, rivals }) => `- ${markdownParagraph(motivation, "  ")}\n  - ${markdownParagraph(rivals, "    ")}`)
            .join("\n"),
        ]
      : []),
    ...(pains.lines.length
      ? [
          strong(pains.title),
          pains.lines
            .map(({ pain, importance, answers }) =>
              [
                `- ${markdownParagraph(`${pain} (${importance})`, "  ")}`,
                ...answers.map((a) => `  - ${markdownParagraph(a, "    ")}`),
              ].join("\n"),
            )
            .join("\n"),
        ]
      : []),
  ];
}
