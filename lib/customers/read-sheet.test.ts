import { describe, expect, it } from "vitest";
import { MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_HEADER_CHARS, readSheet, type SheetResult } from "./read-sheet";
import { minimalXlsx } from "./testing/minimal-xlsx";

const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (text: string, name = "ventas.csv") => readSheet({ name, bytes: utf8(text) });

// What Spanish Windows writes: one byte a letter, "€" and curly quotes where Latin-1 has controls.
const WINDOWS_1252_EXTRAS: Record<string, number> = { "€": 0x80, "“": 0x93, "”": 0x94 };
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => WINDOWS_1252_EXTRAS[char] ?? char.charCodeAt(0));
}

function expectRead(result: SheetResult) {
  if (!result.ok) throw new Error(`expected a sheet, got ${result.error}`);
  return result;
}

describe("readSheet on delimited text", () => {
  it("reads a Spanish export split by ';' with decimal commas", async () => {
    const sheet = expectRead(await csv("Cliente;Fecha;Importe\nC1;31/12/2026;12,50\nC2;01/01/2026;1.234,56\n"));
    expect(sheet).toEqual({
      ok: true,
      headers: ["Cliente", "Fecha", "Importe"],
      rows: [
        ["C1", "31/12/2026", "12,50"],
        ["C2", "01/01/2026", "1.234,56"],
      ],
      encoding: "utf-8",
      longCells: 0,
    });
  });

  it("reads ',', tab and '|' files, and a ';' file with blank lines in it", async () => {
    expect(expectRead(await csv("id,date,amount\r\n1,2026-01-02,3.50\r\n")).rows).toEqual([["1", "2026-01-02", "3.50"]]);
    expect(expectRead(await csv("id\tdate\n1\t2026-01-02\n", "ventas.tsv")).rows).toEqual([["1", "2026-01-02"]]);
    expect(expectRead(await csv("id|date\n1|2026-01-02\n", "ventas.txt")).rows).toEqual([["1", "2026-01-02"]]);
    const spaced = expectRead(await csv("\n\na;b\n1;2\n\n3;4\n\n\n\n"));
    expect(spaced.headers).toEqual(["a", "b"]);
    // The blank line inside is kept (row i stays line i + 2); the ones around are not.
    expect(spaced.rows).toEqual([
      ["1", "2"],
      ["", ""],
      ["3", "4"],
    ]);
  });

  it("strips a UTF-8 BOM and trims, names and de-duplicates headers", async () => {
    const sheet = expectRead(await csv("\uFEFF Cliente ;;Total;Total\nC1;x;1;2\n"));
    expect(sheet.headers).toEqual(["Cliente", "Column 2", "Total", "Total (2)"]);
    expect(sheet.encoding).toBe("utf-8");
  });

  it("decodes bytes that are not UTF-8 as windows-1252 and says so", async () => {
    const sheet = expectRead(await readSheet({ name: "ventas.csv", bytes: windows1252("Ciudad;Cliente\nSevilla;Peña\nCádiz;€ “sí”\n") }));
    expect(sheet.encoding).toBe("windows-1252");
    expect(sheet.rows).toEqual([
      ["Sevilla", "Peña"],
      ["Cádiz", "€ “sí”"],
    ]);
  });

  it("keeps quoted fields whole, newlines and delimiters included", async () => {
    const sheet = expectRead(await csv('id;nota;importe\n1;"primera línea\nsegunda; con punto y coma";3\n2;"dice ""hola""";4\n'));
    expect(sheet.rows).toEqual([
      ["1", "primera línea\nsegunda; con punto y coma", "3"],
      ["2", 'dice "hola"', "4"],
    ]);
  });

  it("keeps formulas and markup as plain text", async () => {
    const sheet = expectRead(await csv('id,nota\n1,"=HYPERLINK(""http://x.test"",""clic"")"\n2,<script>alert(1)</script>\n3,+1+1\n'));
    expect(sheet.rows.map((row) => row[1])).toEqual(['=HYPERLINK("http://x.test","clic")', "<script>alert(1)</script>", "+1+1"]);
  });

  it("cuts over-long cells, never inside an emoji, and counts them", async () => {
    const long = "x".repeat(MAX_CELL_CHARS + 100);
    const emoji = "y".repeat(MAX_CELL_CHARS - 1) + "😀";
    const sheet = expectRead(await csv(`id;nota\n1;${long}\n2;${emoji}\n3;corto\n`));
    expect(sheet.longCells).toBe(2);
    expect(sheet.rows[0]?.[1]).toHaveLength(MAX_CELL_CHARS);
    expect(sheet.rows[1]?.[1]).toBe("y".repeat(MAX_CELL_CHARS - 1));
    expect(sheet.rows[2]?.[1]).toBe("corto");
  });

  it("cuts headers to what the server keeps and keeps them unique", async () => {
    const long = "h".repeat(MAX_HEADER_CHARS + 20);
    const sheet = expectRead(await csv(`${long};${long}\n1;2\n`));
    expect(sheet.headers).toEqual(["h".repeat(MAX_HEADER_CHARS), "h".repeat(MAX_HEADER_CHARS - 4) + " (2)"]);
    expect(sheet.longCells).toBe(0);
  });

  it("pads short rows to the widest row and names the extra columns", async () => {
    const sheet = expectRead(await csv("a;b\n1\n1;2;3;;\n"));
    expect(sheet.headers).toEqual(["a", "b", "Column 3"]);
    expect(sheet.rows).toEqual([
      ["1", "", ""],
      ["1", "2", "3"],
    ]);
  });
});

describe("readSheet refusals", () => {
  it("refuses a binary file, an old .xls and other types", async () => {
    const binary = new Uint8Array(64).fill(7);
    binary[10] = 0;
    expect(await readSheet({ name: "ventas.csv", bytes: binary })).toEqual({ ok: false, error: "binary" });
    expect(await readSheet({ name: "ventas.xls", bytes: binary })).toEqual({ ok: false, error: "unsupported_type" });
    expect(await readSheet({ name: "ventas.pdf", bytes: utf8("a,b\n1,2\n") })).toEqual({ ok: false, error: "unsupported_type" });
  });

  it("reads CSV text saved under .xls, as some tills do", async () => {
    expect(expectRead(await csv("a;b\n1;2\n", "ventas.xls")).rows).toEqual([["1", "2"]]);
  });

  it("calls a file with nothing under its header empty", async () => {
    for (const text of ["", "\uFEFF", " \n\n", "a;b\n", "a;b\n;\n\n", " \r\n".repeat(1_000_000)]) {
      expect(await csv(text), JSON.stringify(text.slice(0, 20))).toEqual({ ok: false, error: "empty" });
    }
  });

  it("refuses more data lines than the limit, whatever blank lines follow", async () => {
    const lines = (n: number) => "id\n" + Array.from({ length: n }, (_, i) => `${i}\n`).join("");
    expect(await readSheet({ name: "a.csv", bytes: utf8(lines(3)) }, { maxLines: 2 })).toEqual({
      ok: false,
      error: "too_many_lines",
      limit: 2,
    });
    expect(expectRead(await readSheet({ name: "a.csv", bytes: utf8(lines(2) + "\n".repeat(50)) }, { maxLines: 2 })).rows).toHaveLength(2);
    expect(await readSheet({ name: "a.csv", bytes: utf8(lines(2) + "\n\n9\n") }, { maxLines: 2 })).toMatchObject({
      error: "too_many_lines",
    });
    // Blank lines count as lines, except around the data: a file of little else stops early.
    expect(expectRead(await readSheet({ name: "a.csv", bytes: utf8("\n".repeat(9) + lines(2)) }, { maxLines: 2 })).rows).toHaveLength(2);
    expect(await readSheet({ name: "a.csv", bytes: utf8(lines(1) + ";\n".repeat(3)) }, { maxLines: 2 })).toMatchObject({
      error: "too_many_lines",
    });
  });

  it("refuses a file over the size limit before reading it", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(await readSheet({ name: "a.csv", bytes: big })).toEqual({ ok: false, error: "too_big", limit: MAX_FILE_BYTES });
  });

  it("answers unreadable for a quote that never closes, a broken zip or a fake xlsx", async () => {
    expect(await csv('a;b\n1;"sin cerrar\n2;3\n')).toEqual({ ok: false, error: "unreadable" });
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 0, 0, 0]);
    expect(await readSheet({ name: "ventas.xlsx", bytes: broken })).toEqual({ ok: false, error: "unreadable" });
    expect(await readSheet({ name: "ventas.xlsx", bytes: utf8("a,b\n1,2\n") })).toEqual({ ok: false, error: "unreadable" });
  });

  it("refuses a sheet wider than the column limit", async () => {
    expect(await readSheet({ name: "a.csv", bytes: utf8("a;b;c\n1;2;3\n") }, { maxColumns: 2 })).toEqual({
      ok: false,
      error: "unreadable",
    });
  });
});

describe("readSheet on XLSX", () => {
  const xlsx = minimalXlsx([
    ["Cliente", "Fecha", "Importe", null, "Nota"],
    ["C-1", new Date(Date.UTC(2026, 11, 31)), 12.5, null, '=HYPERLINK("x")'],
    [1001, new Date(Date.UTC(2026, 0, 2, 15, 30)), 1234.56, null, "<b>hola</b> & adiós"],
    [null, null, null, null, null],
  ]);

  it("reads the first sheet: ISO days for dates, '.' decimals for numbers", async () => {
    expect(await readSheet({ name: "ventas.xlsx", bytes: xlsx })).toEqual({
      ok: true,
      headers: ["Cliente", "Fecha", "Importe", "Column 4", "Nota"],
      rows: [
        ["C-1", "2026-12-31", "12.5", "", '=HYPERLINK("x")'],
        ["1001", "2026-01-02", "1234.56", "", "<b>hola</b> & adiós"],
      ],
      encoding: "utf-8",
      longCells: 0,
    });
  });

  it("reads an XLSX by its content even under another name", async () => {
    expect(expectRead(await readSheet({ name: "ventas.csv", bytes: xlsx })).rows).toHaveLength(2);
  });

  it("applies the line limit and refuses what would unpack too big", async () => {
    expect(await readSheet({ name: "v.xlsx", bytes: xlsx }, { maxLines: 1 })).toEqual({ ok: false, error: "too_many_lines", limit: 1 });
    expect(await readSheet({ name: "v.xlsx", bytes: xlsx }, { maxUnpackedBytes: 1000 })).toEqual({ ok: false, error: "too_big" });
  });
});
