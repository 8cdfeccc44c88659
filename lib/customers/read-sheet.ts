// Reading an owner's customer file (CSV, TSV, TXT or XLSX) into a header row and text rows,
// in the browser, before anything is mapped or sent. The file is the owner's own but may be
// anything at all, so every failure comes back as a result and nothing throws.
import { decodeText, readDelimitedRows, type TextEncodingName } from "./sheet-text";
import { readXlsxRows } from "./sheet-xlsx";

export * from "./sheet-limits";
import { MAX_HEADER_CHARS, SHEET_LIMITS, type SheetLimits } from "./sheet-limits";

export type SheetError = "too_big" | "too_many_lines" | "binary" | "empty" | "unreadable" | "unsupported_type";

export type SheetResult =
  | {
      ok: true;
      /** Trimmed, cut to MAX_HEADER_CHARS, unique ("Total", "Total (2)"), blank ones named "Column N". */
      headers: string[];
      /** Every row as long as `headers`; blank rows inside the data are kept, so row i is line i + 2. */
      rows: string[][];
      /** How the text was decoded; an XLSX is always "utf-8". */
      encoding: TextEncodingName;
      /** Cells cut to `maxCellChars`. */
      longCells: number;
    }
  | { ok: false; error: SheetError; limit?: number };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
const BINARY_SNIFF_BYTES = 8 * 1024;
// No extension reads as text too: some tills save "ventas" with none.
const TEXT_EXTENSIONS = new Set(["csv", "tsv", "txt", "tab", ""]);

type FileKind = "text" | "xlsx" | "xls" | "other";

function fileKind(name: string): FileKind {
  const dot = name.lastIndexOf(".");
  const extension = dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
  if (extension === "xlsx") return "xlsx";
  // Old Excel files are binary and not read; but some tills write CSV text under ".xls".
  if (extension === "xls") return "xls";
  return TEXT_EXTENSIONS.has(extension) ? "text" : "other";
}

function startsWithZipMagic(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === "");
}

/**
 * Keeps rows as they arrive: leading and trailing blank rows dropped, cells cleaned, the
 * width tracked, and a stop once there are more lines than allowed, so that a file of
 * millions of lines is never held whole.
 */
class RowCollector {
  readonly rows: string[][] = [];
  width = 0;
  longCells = 0;
  tooMany = false;
  private blankRun = 0;

  constructor(private readonly limits: SheetLimits) {}

  add(row: string[]): boolean {
    if (isBlank(row)) {
      this.blankRun += 1;
      // Blank lines count as lines: a file of little else stops here instead of running on.
      return this.blankRun <= this.limits.maxLines || this.stop();
    }
    // Blank lines before the header are dropped.
    if (this.rows.length === 0) this.blankRun = 0;
    if (this.rows.length + this.blankRun > this.limits.maxLines) return this.stop();
    for (; this.blankRun > 0; this.blankRun -= 1) this.rows.push([]);
    this.rows.push(this.clean(row));
    return true;
  }

  private stop(): false {
    this.tooMany = true;
    return false;
  }

  private clean(row: string[]): string[] {
    let lastFilled = -1;
    for (let index = 0; index < row.length; index += 1) {
      let cell = row[index] ?? "";
      // U+0000 cannot be stored in PostgreSQL text; it is never meaningful in a cell.
      if (cell.includes("\u0000")) cell = cell.replaceAll("\u0000", "");
      if (cell.length > this.limits.maxCellChars) {
        cell = cutText(cell, this.limits.maxCellChars);
        this.longCells += 1;
      }
      row[index] = cell;
      if (cell.trim() !== "") lastFilled = index;
    }
    this.width = Math.max(this.width, lastFilled + 1);
    return row;
  }
}

/** At most `max` UTF-16 units, never ending on half of a surrogate pair (an emoji). */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    let name = cutText(base, MAX_HEADER_CHARS);
    for (let copy = 2; seen.has(name); copy += 1) {
      const suffix = ` (${copy})`;
      name = cutText(base, MAX_HEADER_CHARS - suffix.length) + suffix;
    }
    seen.add(name);
    return name;
  });
}

function fitWidth(row: string[], width: number): string[] {
  row.length = Math.min(row.length, width);
  while (row.length < width) row.push("");
  return row;
}

function finish(collector: RowCollector, encoding: TextEncodingName, limits: SheetLimits): SheetResult {
  if (collector.tooMany) return { ok: false, error: "too_many_lines", limit: limits.maxLines };
  const [header, ...rows] = collector.rows;
  if (!header || rows.length === 0) return { ok: false, error: "empty" };
  if (collector.width > limits.maxColumns) return { ok: false, error: "unreadable" };
  const width = collector.width;
  return {
    ok: true,
    headers: uniqueHeaders(fitWidth(header, width)),
    rows: rows.map((row) => fitWidth(row, width)),
    encoding,
    longCells: collector.longCells,
  };
}

async function readXlsx(bytes: Uint8Array, limits: SheetLimits): Promise<SheetResult> {
  const xlsx = await readXlsxRows(bytes, limits.maxUnpackedBytes);
  // No limit is given: the owner's file is under the size limit, only its contents are not.
  if (!xlsx.ok) return { ok: false, error: "too_big" };
  // Formatted but empty rows at the end of a sheet are not lines.
  while (xlsx.rows.length > 0 && isBlank(xlsx.rows[xlsx.rows.length - 1] ?? [])) xlsx.rows.pop();
  const collector = new RowCollector(limits);
  for (const row of xlsx.rows) if (!collector.add(row)) break;
  return finish(collector, "utf-8", limits);
}

// Blank lines around the data are dropped anyway; cutting them off the text first spares the
// parser millions of empty rows (a file of newlines would take seconds). A loop, because a
// regular expression over millions of lines can overflow its backtracking stack.
function withoutBlankEnds(text: string): string {
  let dataStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === "\n" || char === "\r") dataStart = index + 1;
    else if (char !== " " && char !== "\t") break;
  }
  return text.slice(dataStart).trimEnd();
}

function readText(bytes: Uint8Array, limits: SheetLimits): SheetResult {
  const decoded = decodeText(bytes);
  const text = withoutBlankEnds(decoded.text);
  const { encoding } = decoded;
  const collector = new RowCollector(limits);
  const complete = readDelimitedRows(text, (row) => collector.add(row));
  return complete ? finish(collector, encoding, limits) : { ok: false, error: "unreadable" };
}

async function readBytes(file: { name: string; bytes: Uint8Array }, limits: SheetLimits): Promise<SheetResult> {
  const { bytes } = file;
  const kind = fileKind(file.name);
  if (kind === "other") return { ok: false, error: "unsupported_type" };
  if (bytes.length > limits.maxFileBytes) return { ok: false, error: "too_big", limit: limits.maxFileBytes };
  if (bytes.length === 0) return { ok: false, error: "empty" };
  // The content decides, not the name: an XLSX saved as ".csv" still reads.
  if (startsWithZipMagic(bytes)) return readXlsx(bytes, limits);
  if (kind === "xlsx") return { ok: false, error: "unreadable" };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { ok: false, error: kind === "xls" ? "unsupported_type" : "binary" };
  }
  return readText(bytes, limits);
}

/**
 * The file's header row and data rows as text, or why they cannot be read. The first sheet
 * of an XLSX only. `limits` are for tests; the app uses the defaults.
 */
export async function readSheet(file: { name: string; bytes: Uint8Array }, limits: Partial<SheetLimits> = {}): Promise<SheetResult> {
  try {
    return await readBytes(file, { ...SHEET_LIMITS, ...limits });
  } catch {
    return { ok: false, error: "unreadable" };
  }
}
