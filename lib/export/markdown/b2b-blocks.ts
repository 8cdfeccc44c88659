import type { PersonaOverview } from "@/db/queries/plan-overview-model";
import { b2bWords } from "../b2b-wording";
import type { ExportText } from "../export-text";
import { paragraph, type Block } from "./blocks";
import { markdownInline, markdownParagraph } from "./escape-markdown";

/** The company a persona buys for and its buying committee, under its card. */
export function personaB2bBlocks(text: ExportText, persona: PersonaOverview): Block[] {
  const words = b2bWords(text, persona.b2b);
  if (!words) return [];
  const committee = words.committee
    ? [`**${markdownInline(words.committee.title)}**`, words.committee.lines.map((line) => `- ${markdownParagraph(line, "  ")}`).join("\n")]
    : [];
  return [paragraph(words.line), ...committee];
}
