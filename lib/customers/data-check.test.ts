import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { blankPurchaseLine, purchaseLineSchema } from "@/lib/validation/customer-import";
import { guessMapping, type ColumnMapping } from "./column-mapping";
import { checkLines, ISSUE_KINDS, outlierFence, type IssueKind } from "./data-check";
import { readSheet } from "./read-sheet";
import { PLANTED_FAULTS, PLANTED_TODAY, plantedFile } from "./testing/planted-file";

const TODAY = "2026-06-30";
const HEADERS = ["cliente", "fecha", "importe", "nota"];
const MAPPING: ColumnMapping = { customerId: 0, date: 1, amount: 2, extra: [], dateOrder: "dmy", decimal: "," };

const counts = (check: ReturnType<typeof checkLines>) =>
  Object.fromEntries(ISSUE_KINDS.map((kind) => [kind, check.issues[kind].count])) as Record<IssueKind, number>;
const none = Object.fromEntries(ISSUE_KINDS.map((kind) => [kind, 0])) as Record<IssueKind, number>;

describe("checkLines on a generated file of 100,000 lines with planted faults", () => {
  const rows = 100_000;
  const planted = plantedFile(rows, 20260630);
  const faulty = Object.values(PLANTED_FAULTS).reduce((sum, n) => sum + n, 0);

  it("finds exactly the planted faults and imports every other line", async () => {
    const sheet = await readSheet({ name: "ventas.csv", bytes: new TextEncoder().encode(planted.text) });
    if (!sheet.ok) throw new Error(sheet.error);
    expect(sheet.rows).toHaveLength(rows);
    const guess = guessMapping(sheet.headers, sheet.rows.slice(0, 50));
    expect(guess).toMatchObject({ date: 1, customerId: 2, product: 3, quantity: 4, amount: 5, channel: 6, city: 7 });
    expect(guess).toMatchObject({ dateOrder: "dmy", decimal: "," });
    const mapping: ColumnMapping = { ...guess, customerId: 2, date: 1, amount: 5, extra: [0] };

    const check = checkLines(sheet.rows, sheet.headers, mapping, { today: PLANTED_TODAY });
    expect(counts(check)).toEqual(PLANTED_FAULTS);
    expect(check.totalRows).toBe(rows);
    expect(check.lines).toHaveLength(rows - faulty);
    expect(check.excludedRows).toBe(faulty);
    for (const kind of ISSUE_KINDS) {
      expect(
        check.issues[kind].examples.map((e) => e.line),
        kind,
      ).toEqual(planted.positions[kind].slice(0, 5).map((i) => i + 2));
    }
    expect(check.lines[0]).toMatchObject({ customerId: expect.stringMatching(/^C\d{4}$/), extra: { "Nº ticket": "T000001" } });
    expect(z.safeParse(z.array(purchaseLineSchema), check.lines).success).toBe(true);

    const kept = checkLines(sheet.rows, sheet.headers, mapping, {
      today: PLANTED_TODAY,
      exclude: { future_date: false, duplicate_line: false, outlier: false },
    });
    expect(counts(kept)).toEqual(PLANTED_FAULTS);
    const neverImported =
      PLANTED_FAULTS.missing_id + PLANTED_FAULTS.unreadable_date + PLANTED_FAULTS.bad_amount + PLANTED_FAULTS.non_positive_amount;
    expect(kept.lines).toHaveLength(rows - neverImported);
  });
});

describe("checkLines", () => {
  it("counts a row once in every kind that applies, and once in the excluded rows", () => {
    const check = checkLines(
      [
        [" ", "01/01/2030", "abc", ""],
        ["C1", "02/01/2026", "12,50", ""],
      ],
      HEADERS,
      MAPPING,
      { today: TODAY },
    );
    expect(counts(check)).toEqual({ ...none, missing_id: 1, future_date: 1, bad_amount: 1 });
    expect(check.issues.missing_id.examples).toEqual([{ line: 2, value: "" }]);
    expect(check.issues.future_date.examples).toEqual([{ line: 2, value: "01/01/2030" }]);
    expect(check.totalRows).toBe(2);
    expect(check.excludedRows).toBe(1);
    expect(check.lines.map((line) => line.customerId)).toEqual(["C1"]);
  });

  it("treats today as the last sound day and refuses a today that is not an ISO day", () => {
    const check = checkLines(
      [
        ["C1", "30/06/2026", "1"],
        ["C1", "01/07/2026", "1"],
      ],
      HEADERS,
      MAPPING,
      { today: TODAY },
    );
    expect(check.issues.future_date).toEqual({ count: 1, examples: [{ line: 3, value: "01/07/2026" }] });
    expect(() => checkLines([], HEADERS, MAPPING, { today: "30/06/2026" })).toThrow(RangeError);
  });

  it("counts zero and negative amounts apart from unreadable ones", () => {
    const rows = [
      ["C1", "01/01/2026", "0"],
      ["C2", "01/01/2026", "-3,00"],
      ["C3", "01/01/2026", ""],
      ["C4", "01/01/2026", "12.50"],
    ];
    const check = checkLines(rows, HEADERS, MAPPING, { today: TODAY });
    expect(counts(check)).toEqual({ ...none, non_positive_amount: 2, bad_amount: 2 });
    expect(check.lines).toEqual([]);
  });

  it("marks every later copy of a line as a duplicate, comparing mapped cells only", () => {
    const rows = [
      ["C1", "01/01/2026", "5", "primera"],
      ["C1 ", "01/01/2026", " 5", "otra nota"],
      ["C1", "01/01/2026", "5,00", ""],
      ["C1", "01/01/2026", "5", ""],
    ];
    const check = checkLines(rows, HEADERS, MAPPING, { today: TODAY });
    expect(check.issues.duplicate_line).toEqual({
      count: 2,
      examples: [
        { line: 3, value: "C1", firstLine: 2 },
        { line: 5, value: "C1", firstLine: 2 },
      ],
    });
    // Mapped as an extra column, the note tells the second line apart.
    const withNote = checkLines(rows, HEADERS, { ...MAPPING, extra: [3] }, { today: TODAY });
    expect(withNote.issues.duplicate_line.count).toBe(0);
    expect(checkLines(rows, HEADERS, MAPPING, { today: TODAY, exclude: { duplicate_line: false } }).lines).toHaveLength(4);
  });

  it("flags amounts above Q3 + 3 × IQR of the positive amounts and lets the owner keep them", () => {
    const amounts = ["10", "20", "30", "40", "50", "60", "70", "80", "200", "1.000", "-500", "x"];
    const rows = amounts.map((amount, i) => [`C${i}`, "01/01/2026", amount]);
    // Positive amounts 10…1000: Q1 = 32.5, Q3 = 77.5, so the fence is 77.5 + 3 × 45 = 212.5.
    const check = checkLines(rows, HEADERS, MAPPING, { today: TODAY });
    expect(check.issues.outlier).toEqual({ count: 1, examples: [{ line: 11, value: "1.000" }] });
    expect(check.lines).toHaveLength(9);
    expect(checkLines(rows, HEADERS, MAPPING, { today: TODAY, exclude: { outlier: false } }).lines).toHaveLength(10);
  });

  it("finds no outliers without a spread to measure against", () => {
    expect(outlierFence([100, 100, 100, 100, 9_999_999])).toBe(Infinity);
    expect(outlierFence([1, 2, 1_000_000])).toBe(Infinity);
    expect(outlierFence([40, 10, 30, 20])).toBe(32.5 + 3 * 15);
  });

  it("keeps five examples in file order and counts the rest", () => {
    const rows = Array.from({ length: 8 }, (_, i) => ["", "01/01/2026", String(i + 1)]);
    const check = checkLines(rows, HEADERS, MAPPING, { today: TODAY });
    expect(check.issues.missing_id.count).toBe(8);
    expect(check.issues.missing_id.examples.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it("keeps out what the server would refuse, so every line passes its schema", () => {
    const headers = ["id", "fecha", "importe", "uds"];
    const rows = [
      ["C".repeat(101), "01/01/2026", "1", "1"],
      ["C1", "01/01/2026", "1.000.000.001,00", "1"],
      ["C2", "01/01/2026", "1.000.000.000,00", "2000000"],
      ["C3", "01/01/2026", "1", "-1"],
    ];
    const check = checkLines(rows, headers, { ...MAPPING, quantity: 3 }, { today: TODAY, exclude: { outlier: false } });
    expect(counts(check)).toEqual({ ...none, missing_id: 1, bad_amount: 1 });
    expect(check.lines.map((line) => [line.customerId, line.amountCents, line.quantity])).toEqual([
      ["C2", 100_000_000_000, null],
      ["C3", 100, null],
    ]);
    expect(z.safeParse(z.array(purchaseLineSchema), check.lines).success).toBe(true);
  });

  it("skips blank rows without counting them", () => {
    const check = checkLines(
      [
        ["C1", "01/01/2026", "1"],
        ["", " ", ""],
        ["C2", "01/01/2026", "2"],
      ],
      HEADERS,
      MAPPING,
      { today: TODAY },
    );
    expect(check).toMatchObject({ totalRows: 2, excludedRows: 0, issues: { missing_id: { count: 0 } } });
    expect(check.lines).toHaveLength(2);
  });

  it("builds each purchase line from the mapped columns", () => {
    const headers = ["id", "fecha", "importe", "uds", "producto", "canal", "ciudad", "edad", "sexo", "empresa", "__proto__", "nota"];
    const mapping: ColumnMapping = {
      ...MAPPING,
      quantity: 3,
      product: 4,
      channel: 5,
      city: 6,
      age: 7,
      gender: 8,
      company: 9,
      extra: [10, 11],
    };
    const rows = [
      [" C1 ", "31/12/2025 10:00", "1.234,56", "2", "Café", "Web", "Sevilla", "34 años", "F", "", "x", " hola "],
      ["C2", "2026-01-02", "3", "dos", "", "", "", "cien", "", "Bar Sol", "", ""],
    ];
    const { lines } = checkLines(rows, headers, mapping, { today: TODAY });
    expect(lines).toEqual([
      {
        customerId: "C1",
        date: "2025-12-31",
        amountCents: 123456,
        quantity: 2,
        product: "Café",
        channel: "Web",
        city: "Sevilla",
        age: 34,
        gender: "F",
        company: null,
        extra: Object.fromEntries([
          ["__proto__", "x"],
          ["nota", "hola"],
        ]),
      },
      {
        ...blankPurchaseLine("C2", "2026-01-02", 300),
        company: "Bar Sol",
        extra: Object.fromEntries([
          ["__proto__", ""],
          ["nota", ""],
        ]),
      },
    ]);
    expect(Object.getPrototypeOf(lines[0]?.extra)).toBe(Object.prototype);
  });
});
