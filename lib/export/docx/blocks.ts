import { HeadingLevel, Paragraph, TextRun, type FileChild } from "docx";
import type { StepStatus } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import type { SectionPlacement } from "@/lib/export/plan-parts";
import { incompleteStepLines, missingSectionText } from "@/lib/export/plan-wording";
import { BULLETS, STYLE } from "./document-styles";
import { filledItems, isFilled, labelled, textRuns, xmlSafe } from "./user-text";

// The paragraphs every section is built from. Each takes user text as plain strings and
// turns it into runs in one place (user-text.ts), so no section can forget to clean it.
// Step lookups and shared wording live in lib/export/plan-wording.ts.
export { stepName } from "@/lib/export/plan-wording";

export type Block = FileChild;

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
export type Level = keyof typeof LEVELS;

export function heading(level: Level, value: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: LEVELS[level], children: textRuns(value), ...options });
}

/** The level `by` below `level`; the document styles three, so anything deeper shares the third. */
export function below(level: Level, by: 1 | 2 = 1): Level {
  return Math.min(level + by, 3) as Level;
}

/** Where a section is written: its heading is at level 1, starting a page, as a part of its own; 2 under its step's heading. */
export type Placement = SectionPlacement<Block, Level>;

/** A section's own heading: a part of its own starts on a new page, so the outline finds it. */
export function sectionHeading(value: string, at: Placement): Paragraph {
  return heading(at.level, value, { pageBreakBefore: at.level === 1 });
}

export function paragraph(value: string, style?: string): Paragraph {
  return new Paragraph({ style, children: textRuns(value) });
}

/** Our wording about the plan (what is missing), set apart so it is never taken for the plan itself. */
export function note(value: string): Paragraph {
  return new Paragraph({ style: STYLE.missing, children: [new TextRun(xmlSafe(value))] });
}

export function bullets(items: readonly string[], level = 0): Paragraph[] {
  return filledItems(items).map((item) => new Paragraph({ numbering: { reference: BULLETS, level }, children: textRuns(item) }));
}

/** "Label: answer" on one line; a blank answer is left out rather than printed as a bare label. */
export function field(label: string, value: string | null | undefined): Paragraph[] {
  if (!value || !isFilled(value)) return [];
  return [new Paragraph({ children: labelled(label, value) })];
}

/** A list answer (goals, pains) as a label followed by one bullet per item. */
export function listField(label: string, items: readonly string[]): Paragraph[] {
  if (!isFilled(items)) return [];
  return [new Paragraph({ style: STYLE.label, children: [new TextRun(xmlSafe(label))] }), ...bullets(items)];
}

/** A short list answer (networks, languages) on one line, as the plan page shows it. */
export function inlineListField(label: string, items: readonly string[]): Paragraph[] {
  return field(label, filledItems(items).join(", "));
}

/** The note standing in for a section with nothing in it yet, naming the step that fills it. */
export function missingSection(text: ExportText, step: StepStatus): Paragraph {
  return note(missingSectionText(text, step.number));
}

/** For a step with answers that is not complete: says so, with what the step itself says is missing. */
export function incompleteStep(text: ExportText, step: StepStatus): Paragraph[] {
  const lines = incompleteStepLines(text, step);
  if (!lines) return [];
  return [
    note(lines.title),
    ...lines.gaps.map(
      (gap) => new Paragraph({ style: STYLE.missing, numbering: { reference: BULLETS, level: 0 }, children: [new TextRun(xmlSafe(gap))] }),
    ),
  ];
}
