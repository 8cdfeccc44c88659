import { markdownCell, markdownInline, markdownParagraph } from "./escape-markdown";

// The blocks the Markdown plan is built from, joined by blank lines. Each one escapes every
// string it is given (escape-markdown.ts), so the structure is only ever the one made here.

export type Block = string;

export const heading = (level: number, value: string): Block => `${"#".repeat(level)} ${markdownInline(value)}`;
export const paragraph = (value: string): Block => markdownParagraph(value);
/** Our remarks about the plan (what is missing, what is a draft), set apart from its content as quotes. */
export const note = (value: string): Block => `> ${markdownParagraph(value, "> ")}`;
export const isBlank = (value: string) => value.trim() === "";
export const filled = (values: readonly string[]) => values.filter((v) => !isBlank(v));

/** A GFM table; `right` lists the columns of numbers, aligned right. Cells are raw text. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): Block {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  const rule = `| ${header.map((_, i) => (right.includes(i) ? "---:" : "---")).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/**
 * One answer of a card: a text, or a list shown one item per line (`bullets`) or on one line
 * joined by commas (as the plan page shows short tag lists). Blank answers are left out, as
 * on the plan page: what a step still lacks is said once, under the step's heading.
 */
export interface Field {
  label: string;
  value: string | readonly string[];
  bullets?: boolean;
}

export function fields(items: readonly Field[]): Block[] {
  const lines = items.flatMap(({ label, value, bullets }) => {
    const list = typeof value === "string" ? null : filled(value);
    const answer = list ? (bullets ? "" : list.join(", ")) : (value as string);
    const empty = list ? list.length === 0 : isBlank(answer);
    if (empty) return [];
    const start = `- **${markdownInline(label)}:**`;
    if (list && bullets) return [start, ...list.map((item) => `  - ${markdownParagraph(item, "    ")}`)];
    return [`${start} ${markdownParagraph(answer, "  ")}`];
  });
  return lines.length ? [lines.join("\n")] : [];
}
