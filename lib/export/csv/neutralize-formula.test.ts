import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOSTILE } from "@/lib/testing/export-fixture";
import { neutralizeFormula } from "./neutralize-formula";

describe("neutralizeFormula", () => {
  it("puts an apostrophe before text a spreadsheet would run as a formula", () => {
    expect(neutralizeFormula(HOSTILE.formula)).toBe(`'${HOSTILE.formula}`);
    expect(neutralizeFormula(HOSTILE.plus)).toBe("'+34 600 000 000");
    expect(neutralizeFormula(HOSTILE.minus)).toBe("'-10% off");
    expect(neutralizeFormula(HOSTILE.at)).toBe("'@handle");
    expect(neutralizeFormula("\t=1+1")).toBe("'\t=1+1");
    expect(neutralizeFormula("\r=1+1")).toBe("'\r=1+1");
    expect(neutralizeFormula("=")).toBe("'=");
  });

  it("leaves other text alone, formula characters further in included", () => {
    for (const text of ["", "Guitars", "1+1", "a=b", " =1", "'quoted", "\n=1", "🎸", HOSTILE.rtl, HOSTILE.pipe, "＝1"]) {
      expect(neutralizeFormula(text)).toBe(text);
    }
  });

  it("only ever adds one apostrophe at the front", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const cell = neutralizeFormula(text);
        expect(cell === text || cell === `'${text}`).toBe(true);
        expect(cell === `'${text}`).toBe(/^[=+\-@\t\r]/.test(text));
      }),
    );
  });
});
