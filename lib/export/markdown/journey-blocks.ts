import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "../export-text";
import { journeyWords } from "../journey-wording";
import { fields, note, paragraph, table, type Block } from "./blocks";
import { markdownInline, markdownParagraph } from "./escape-markdown";

const strong = (value: string): Block => `**${markdownInline(value)}**`;

/**
 * A persona's journey map under its fit: the objective, the hypothesis or walk line, a line
 * per stage, then the grid as a table with a column per stage. Markdown draws no curve; the
 * Feeling row and the lines per stage say it in words. Nothing when the persona has no map.
 */
export function personaJourneyBlocks(text: ExportText, persona: PersonaOverview): Block[] {
  if (!persona.journeyMap) return [];
  const words = journeyWords(text, persona, persona.journeyMap);
  return [
    strong(words.title),
    ...(words.objective ? fields([{ label: words.objective.label, value: words.objective.value }]) : []),
    // Until walked, the map is our remark about the plan (a hypothesis), set apart as one.
    words.status.walked ? paragraph(words.status.text) : note(words.status.text),
    strong(words.glance.title),
    words.glance.lines.map((line) => `- ${markdownParagraph(line, "  ")}`).join("\n"),
    table(
      [words.table.corner, ...words.stages],
      words.table.rows.map((row) => [row.label, ...row.cells]),
    ),
  ];
}
