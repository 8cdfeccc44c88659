import { Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from "docx";
import { CONTENT_WIDTH, STYLE } from "./document-styles";
import { labelled, textRuns } from "./user-text";

/** What a cell holds: user text (one paragraph, line breaks kept) or paragraphs built elsewhere. */
export type CellContent = string | readonly Paragraph[];

export interface TableSpec {
  /** Column titles, in our wording. */
  header: readonly string[];
  /** Share of the text width per column; they are scaled to add up to the whole width. */
  widths: readonly number[];
  rows: readonly (readonly CellContent[])[];
  /** Rows set in bold after the others, such as totals. */
  footer?: readonly (readonly CellContent[])[];
}

export function cellText(value: string, options: { bold?: boolean } = {}): Paragraph {
  return new Paragraph({ style: STYLE.tableText, children: textRuns(value, options) });
}

function cellParagraphs(content: CellContent, bold: boolean): Paragraph[] {
  if (typeof content !== "string") return content.length ? [...content] : [cellText("")];
  return [cellText(content, { bold })];
}

/**
 * A real Word table: the header row is marked as one (w:tblHeader), so Word repeats it on
 * every page a long table runs over, and no row splits across pages, so a campaign or a
 * content idea is never read half on one page. Widths are fixed in twips in the grid and in
 * every cell, because Google Docs lays tables out from the grid alone.
 */
export function table({ header, widths, rows, footer = [] }: TableSpec): Table {
  const total = widths.reduce((sum, w) => sum + w, 0);
  const twips = widths.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
  const row = (cells: readonly CellContent[], kind: "header" | "body" | "footer") =>
    new TableRow({
      // Body rows leave w:tblHeader out instead of docx's w:val="off" for false: a reader that only
      // looks for the element would repeat every row as a header.
      ...(kind === "header" ? { tableHeader: true } : {}),
      cantSplit: true,
      children: cells.map(
        (content, i) =>
          new TableCell({
            width: { size: twips[i] ?? 0, type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            ...(kind === "body"
              ? {}
              : { shading: { type: ShadingType.CLEAR, color: "auto", fill: kind === "header" ? "DCE6F1" : "F2F2F2" } }),
            children:
              kind === "header"
                ? [new Paragraph({ style: STYLE.tableHeading, children: textRuns(String(content)) })]
                : cellParagraphs(content, kind === "footer"),
          }),
      ),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    rows: [row(header, "header"), ...rows.map((cells) => row(cells, "body")), ...footer.map((cells) => row(cells, "footer"))],
  });
}

/** "Label: answer" inside a cell, in the table's smaller type; a blank answer adds nothing. */
export function cellField(label: string, value: string): Paragraph[] {
  if (!value.trim()) return [];
  return [new Paragraph({ style: STYLE.tableText, children: labelled(label, value) })];
}
