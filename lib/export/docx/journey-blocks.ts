import { Paragraph, TextRun } from "docx";
import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { journeyWords } from "@/lib/export/journey-wording";
import { bullets, field, note, paragraph, type Block } from "./blocks";
import { STYLE } from "./document-styles";
import { table } from "./tables";
import { xmlSafe } from "./user-text";

/** Our wording as a label above what follows, not a heading: the outline stays one entry per persona. */
const label = (value: string) => new Paragraph({ style: STYLE.label, children: [new TextRun(xmlSafe(value))] });

/**
 * A persona's journey map under its fit: the objective, the hypothesis (set apart as our
 * note) or the walk, a line per stage, the grid as a Word table with a column per stage, and
 * the emotion curve as text, the feeling per stage. Nothing when the persona has no map.
 */
export function personaJourneyBlocks(text: ExportText, persona: PersonaOverview): Block[] {
  if (!persona.journeyMap) return [];
  const words = journeyWords(text, persona, persona.journeyMap);
  return [
    label(words.title),
    ...(words.objective ? field(words.objective.label, words.objective.value) : []),
    words.status.walked ? paragraph(words.status.text) : note(words.status.text),
    label(words.glance.title),
    ...bullets(words.glance.lines),
    table({
      header: [words.table.corner, ...words.stages],
      widths: [16, ...words.stages.map(() => 84 / words.stages.length)],
      rows: words.table.rows.map((row) => [row.label, ...row.cells]),
    }),
    label(words.feelings.title),
    ...bullets(words.feelings.lines),
  ];
}
