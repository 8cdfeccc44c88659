import { Paragraph, TextRun } from "docx";
import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import { b2bWords } from "@/lib/export/b2b-wording";
import type { ExportText } from "@/lib/export/export-text";
import { bullets, paragraph, type Block } from "./blocks";
import { STYLE } from "./document-styles";
import { xmlSafe } from "./user-text";

/** The company a persona buys for and its buying committee, under its card. */
export function personaB2bBlocks(text: ExportText, persona: PersonaOverview): Block[] {
  const words = b2bWords(text, persona.b2b);
  if (!words) return [];
  // The committee's title is a label, not a heading: the outline stays one entry per persona.
  const title = words.committee ? [new Paragraph({ style: STYLE.label, children: [new TextRun(xmlSafe(words.committee.title))] })] : [];
  return [paragraph(words.line), ...title, ...(words.committee ? bullets(words.committee.lines) : [])];
}
