import { HeadingLevel, Paragraph, TextRun, type FileChild } from "docx";
import type { StepStatus } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { BULLETS, STYLE } from "./document-styles";
import { filledItems, isFilled, labelled, textRuns, xmlSafe } from "./user-text";

// The paragraphs every section is built from. Each takes user text as plain strings and
// turns it into runs in one place (user-text.ts), so no section can forget to clean it.

export type Block = FileChild;

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function heading(level: keyof typeof LEVELS, value: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: LEVELS[level], children: textRuns(value), ...options });
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

export function stepName(text: ExportText, step: Pick<StepStatus, "slug">): string {
  return text.t(`wizard.steps.${step.slug}`);
}

/** The note standing in for a section with nothing in it yet, naming the step that fills it. */
export function missingSection(text: ExportText, step: StepStatus): Paragraph {
  return note(text.t("export.missing.section", { number: step.number, step: stepName(text, step) }));
}

/**
 * For a step that has answers but is not complete: says so, with what the step itself says
 * is missing, so a reader of a draft knows which parts will still change.
 */
export function incompleteStep(text: ExportText, step: StepStatus): Paragraph[] {
  if (step.completed || !step.started) return [];
  const gaps = step.missing.map(({ code, name }) => {
    const key = `${step.slug}.missing.${code}`;
    return text.has(key) ? text.t(key, { name: name ?? "" }) : text.t("plan.progress.missingGeneric");
  });
  return [
    note(text.t("export.missing.stepIncomplete", { number: step.number, step: stepName(text, step) })),
    ...gaps.map(
      (gap) => new Paragraph({ style: STYLE.missing, numbering: { reference: BULLETS, level: 0 }, children: [new TextRun(xmlSafe(gap))] }),
    ),
  ];
}

/** The plan's status of one wizard step; every plan has all five. */
export function stepStatus(steps: readonly StepStatus[], number: number): StepStatus {
  const step = steps.find((s) => s.number === number);
  if (!step) throw new Error(`The plan has no step ${number}.`);
  return step;
}

/** Stored calendar days (yyyy-mm-dd) sort as text; a missing day sorts after every real one. */
export function byDay(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
}
