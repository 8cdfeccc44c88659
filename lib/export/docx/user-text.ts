import { TextRun, type IRunOptions } from "docx";

// XML 1.0 refuses C0 controls other than tab, line feed and carriage return, unpaired surrogate
// halves and U+FFFE/U+FFFF; Word then reports the whole file as corrupt. docx drops the C0
// controls itself, but not the rest, and text pasted from other tools can carry any of them.
const FORBIDDEN_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text as typed, minus the characters no XML document may hold. */
export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN_IN_XML, "");
}

export type RunStyle = Omit<IRunOptions, "text" | "children" | "break">;

/**
 * User text as runs: docx escapes each run's text, so nothing typed can become markup, and a
 * typed line break becomes a Word line break (a raw newline inside w:t shows as a space).
 */
export function textRuns(value: string, style: RunStyle = {}): TextRun[] {
  // An empty cell or answer gets no run at all rather than an empty w:t.
  if (value === "") return [];
  return xmlSafe(value)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/**
 * "Label: answer" as runs: the label (our wording, bold) and the answer are separate runs, so
 * the answer stays exactly as typed and restyling labels in Word never touches it.
 */
export function labelled(label: string, value: string): TextRun[] {
  return [new TextRun({ text: `${xmlSafe(label)}: `, bold: true }), ...textRuns(value)];
}

/** Whether an answer has anything to show: blank strings and empty lists are left out. */
export function isFilled(value: string | readonly string[] | null | undefined): boolean {
  if (value == null) return false;
  return typeof value === "string" ? value.trim() !== "" : value.some((item) => item.trim() !== "");
}

/** The non-blank items of a list answer (tags, goals), in the order they were written. */
export function filledItems(values: readonly string[]): string[] {
  return values.filter((item) => item.trim() !== "");
}
