import { describe, expect, it } from "vitest";
import { parseAge, parseAmount, parseCount, parseDate } from "./parse-values";

describe("parseDate", () => {
  it("reads Spanish day-first dates with any of the three separators", () => {
    expect(parseDate("31/12/2026", "dmy")).toBe("2026-12-31");
    expect(parseDate("1/2/2026", "dmy")).toBe("2026-02-01");
    expect(parseDate("05-03-2026", "dmy")).toBe("2026-03-05");
    expect(parseDate("05.03.2026", "dmy")).toBe("2026-03-05");
    expect(parseDate(" 7/4/26 ", "dmy")).toBe("2026-04-07");
  });

  it("reads month-first dates when the owner says so", () => {
    expect(parseDate("12/31/2026", "mdy")).toBe("2026-12-31");
    expect(parseDate("3/5/2026", "mdy")).toBe("2026-03-05");
    expect(parseDate("12/31/2026", "dmy")).toBeNull();
  });

  it("reads a four-digit year first whatever the order, and a two-digit one for ymd", () => {
    expect(parseDate("2026-12-31", "dmy")).toBe("2026-12-31");
    expect(parseDate("2026/1/9", "mdy")).toBe("2026-01-09");
    expect(parseDate("26-12-31", "ymd")).toBe("2026-12-31");
    expect(parseDate("2026-12-3100", "ymd")).toBeNull();
  });

  it("drops a time part after checking it", () => {
    expect(parseDate("31/12/2026 14:05", "dmy")).toBe("2026-12-31");
    expect(parseDate("31/12/2026 14:05:09", "dmy")).toBe("2026-12-31");
    expect(parseDate("12/31/2026, 2:05 PM", "mdy")).toBe("2026-12-31");
    expect(parseDate("2026-12-31T23:30:00.000Z", "dmy")).toBe("2026-12-31");
    expect(parseDate("2026-12-31T23:30:00-05:00", "dmy")).toBe("2026-12-31");
    expect(parseDate("31/12/2026 later", "dmy")).toBeNull();
  });

  it("refuses impossible and unlikely days", () => {
    expect(parseDate("31/02/2026", "dmy")).toBeNull();
    expect(parseDate("29/02/2026", "dmy")).toBeNull();
    expect(parseDate("29/02/2028", "dmy")).toBe("2028-02-29");
    expect(parseDate("29/02/2100", "dmy")).toBeNull();
    expect(parseDate("31/04/2026", "dmy")).toBeNull();
    expect(parseDate("0/1/2026", "dmy")).toBeNull();
    expect(parseDate("1/13/2026", "dmy")).toBeNull();
    expect(parseDate("2026-00-10", "dmy")).toBeNull();
    expect(parseDate("30/12/1899", "dmy")).toBeNull();
  });

  it("refuses what is not a numeric date", () => {
    for (const text of ["", "fecha", "31/12", "31/12-2026", "31/12/226", "123/1/2026", "45291", "31 dic 2026"]) {
      expect(parseDate(text, "dmy"), text).toBeNull();
    }
  });
});

describe("parseAmount", () => {
  it("reads Spanish amounts in cents", () => {
    expect(parseAmount("1.234,56", ",")).toBe(123456);
    expect(parseAmount("1234,56", ",")).toBe(123456);
    expect(parseAmount("€ 12,50", ",")).toBe(1250);
    expect(parseAmount("12,5 €", ",")).toBe(1250);
    expect(parseAmount("12 EUR", ",")).toBe(1200);
    expect(parseAmount("1 234,56", ",")).toBe(123456);
    expect(parseAmount("1.234.567", ",")).toBe(123456700);
  });

  it("reads English amounts in cents", () => {
    expect(parseAmount("12.50 €", ".")).toBe(1250);
    expect(parseAmount("$1,234.56", ".")).toBe(123456);
    expect(parseAmount("1234.5", ".")).toBe(123450);
    expect(parseAmount("0.29", ".")).toBe(29);
    expect(parseAmount("1 234.50", ".")).toBe(123450);
  });

  it("keeps the sign of negative amounts however it is written", () => {
    expect(parseAmount("-3,00", ",")).toBe(-300);
    expect(parseAmount("−3,00", ",")).toBe(-300);
    expect(parseAmount("3,00-", ",")).toBe(-300);
    expect(parseAmount("(3,00)", ",")).toBe(-300);
    expect(parseAmount("-€12,50", ",")).toBe(-1250);
    expect(parseAmount("+3", ",")).toBe(300);
    expect(parseAmount("(€12,50)", ",")).toBe(-1250);
    expect(parseAmount("€ -12,50", ",")).toBe(-1250);
    expect(Object.is(parseAmount("-0,00", ","), 0)).toBe(true);
  });

  it("rounds past the second decimal half away from zero", () => {
    expect(parseAmount("0.125", ".")).toBe(13);
    expect(parseAmount("0.124", ".")).toBe(12);
    expect(parseAmount("-0,125", ",")).toBe(-13);
  });

  it("refuses text, a wrong mark and broken thousands", () => {
    for (const [text, decimal] of [
      ["abc", ","],
      ["", ","],
      ["-", ","],
      ["€", ","],
      ["12,50", "."],
      ["12.50", ","],
      ["1,2,3", ","],
      ["12 50", ","],
      ["1.23.456", ","],
      ["12,5a", ","],
      ["12eur50", ","],
      [",5", ","],
      ["--3", ","],
      ["0.500,00", ","],
      ["9".repeat(20), "."],
    ] as const) {
      expect(parseAmount(text, decimal), text).toBeNull();
    }
  });
});

describe("parseCount and parseAge", () => {
  it("reads whole counts as spreadsheets write them", () => {
    expect(parseCount("3")).toBe(3);
    expect(parseCount(" 12 ")).toBe(12);
    expect(parseCount("3,00")).toBe(3);
    expect(parseCount("3.0")).toBe(3);
    expect(parseCount("-2")).toBe(-2);
    expect(Object.is(parseCount("-0"), 0)).toBe(true);
  });

  it("refuses fractions, thousands and text", () => {
    for (const text of ["", "2,5", "1.000", "tres", "3 uds", "1e3"]) expect(parseCount(text), text).toBeNull();
  });

  it("reads ages with or without their unit, 0 to 120", () => {
    expect(parseAge("34")).toBe(34);
    expect(parseAge("34 años")).toBe(34);
    expect(parseAge("34 years")).toBe(34);
    expect(parseAge("0")).toBe(0);
    expect(parseAge("121")).toBeNull();
    expect(parseAge("-1")).toBeNull();
    expect(parseAge("25-34")).toBeNull();
  });
});
