import { describe, expect, it } from "vitest";
import { displayAmount, formatCents, formatNumber, parseCents, parseNumber } from "./numbers";

const money = (text: string) => {
  const parsed = parseCents(text);
  return parsed.ok ? parsed.cents : parsed.error;
};

describe("parseNumber and parseCents", () => {
  it("read Spanish amounts: point for thousands, comma for decimals", () => {
    expect(money("1.500")).toBe(150_000);
    expect(money("1.500,50")).toBe(150_050);
    expect(money("1.500,5")).toBe(150_050);
    expect(money("250,5")).toBe(25_050);
    expect(money("1.234.567,89")).toBe(123_456_789);
  });

  it("read English amounts: comma for thousands, point for decimals", () => {
    expect(money("1,500")).toBe(150_000);
    expect(money("1,500.50")).toBe(150_050);
    expect(money("250.5")).toBe(25_050);
    expect(money("1,234,567.89")).toBe(123_456_789);
  });

  it("read plain digits, spaces between thousands and what the server sends back", () => {
    expect(money("0")).toBe(0);
    expect(money("  42 ")).toBe(4_200);
    expect(money("1 500,50")).toBe(150_050);
    expect(money("1\u00A0500.50")).toBe(150_050);
    expect(money("1500.00")).toBe(150_000);
    expect(money("0.29")).toBe(29);
    expect(money("007")).toBe(700);
  });

  it("keep the sign for the schema to judge", () => {
    expect(parseCents("-1.500")).toEqual({ ok: true, cents: -150_000, negative: true });
    expect(parseCents("−2,5")).toEqual({ ok: true, cents: -250, negative: true });
  });

  it("refuse what is not a number in either language", () => {
    for (const bad of [
      "",
      "abc",
      "1.2.3",
      "1,50,0",
      "1.500.5",
      "1,5.00",
      "1e5",
      "€100",
      ".5",
      "5.",
      "Infinity",
      "0.500",
      "1.500,505",
      "1,500.50.1",
    ]) {
      expect(money(bad), bad).toBe("invalid_number");
    }
  });

  it("refuse as ambiguous a text the two languages read as different numbers", () => {
    // With three decimals allowed, "1.500" is 1500 in Spanish and 1.5 in English.
    expect(parseNumber("1.500", { maxFractionDigits: 3 })).toEqual({ ok: false, error: "ambiguous_number" });
    expect(parseNumber("2,125", { maxFractionDigits: 3 })).toEqual({ ok: false, error: "ambiguous_number" });
    // Both readings agree, or only one makes sense: no ambiguity.
    expect(parseNumber("1.500,125", { maxFractionDigits: 3 })).toMatchObject({ ok: true, value: 1500.125 });
    expect(parseNumber("12.5", { maxFractionDigits: 3 })).toMatchObject({ ok: true, value: 12.5 });
  });

  it("read one language only when asked", () => {
    expect(parseNumber("1.500", { maxFractionDigits: 3, locales: ["es"] })).toMatchObject({ ok: true, value: 1500 });
    expect(parseNumber("1.500", { maxFractionDigits: 3, locales: ["en"] })).toMatchObject({ ok: true, value: 1.5 });
    expect(parseNumber("1,5", { maxFractionDigits: 2, locales: ["en"] })).toEqual({ ok: false, error: "invalid_number" });
  });

  it("refuse decimals in a whole number", () => {
    expect(parseNumber("12", { maxFractionDigits: 0 })).toMatchObject({ ok: true, value: 12 });
    expect(parseNumber("12,5", { maxFractionDigits: 0 })).toEqual({ ok: false, error: "invalid_number" });
    expect(parseNumber("1.500", { maxFractionDigits: 0 })).toMatchObject({ ok: true, value: 1500 });
  });
});

describe("formatting", () => {
  it("writes each language's separators, thousands always grouped", () => {
    expect(formatCents(150_050, "es")).toBe("1.500,50");
    expect(formatCents(150_050, "en")).toBe("1,500.50");
    expect(formatCents(7, "es")).toBe("0,07");
    expect(formatCents(99_999_999_999, "en")).toBe("999,999,999.99");
    expect(formatNumber(1500.5, "es")).toBe("1.500,5");
    expect(formatNumber(12, "en")).toBe("12");
  });

  it("reads back what it writes, in both languages", () => {
    for (const cents of [0, 1, 99, 100, 150_050, 12_345_678, 99_999_999_999]) {
      expect(money(formatCents(cents, "es")), `es ${cents}`).toBe(cents);
      expect(money(formatCents(cents, "en")), `en ${cents}`).toBe(cents);
    }
  });

  it("shows a stored amount in the reader's format and leaves a mistake as typed", () => {
    expect(displayAmount("1500.00", "es")).toBe("1.500,00");
    expect(displayAmount("1.500,5", "en")).toBe("1,500.50");
    expect(displayAmount("12,3,4", "es")).toBe("12,3,4");
  });
});
