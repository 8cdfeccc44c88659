import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { columnMappingSchema, guessMapping } from "./column-mapping";

const issues = (value: unknown) => {
  const result = z.safeParse(columnMappingSchema, value);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

const valid = { customerId: 0, date: 1, amount: 2, extra: [], dateOrder: "dmy", decimal: "," };

describe("columnMappingSchema", () => {
  it("accepts the three required columns with or without optional ones", () => {
    expect(issues(valid)).toEqual({});
    expect(issues({ ...valid, quantity: 3, product: 4, city: 5, extra: [6, 7] })).toEqual({});
  });

  it("says required at each missing required field", () => {
    expect(issues({ extra: [], dateOrder: "dmy", decimal: "," })).toEqual({
      customerId: "required",
      date: "required",
      amount: "required",
    });
    expect(issues({ ...valid, dateOrder: undefined, decimal: "x" })).toEqual({ dateOrder: "required", decimal: "required" });
  });

  it("refuses indexes that are not columns", () => {
    expect(issues({ ...valid, amount: -1, product: 1.5, extra: ["3"] })).toEqual({
      amount: "invalid",
      product: "invalid",
      "extra.0": "invalid",
    });
  });

  it("allows as many extra columns as a line can hold", () => {
    const extra = (n: number) => Array.from({ length: n }, (_, i) => i + 3);
    expect(issues({ ...valid, extra: extra(30) })).toEqual({});
    expect(issues({ ...valid, extra: extra(31) })).toEqual({ extra: "too_many:30" });
  });

  it("puts duplicate_column at the later use of a column", () => {
    expect(issues({ ...valid, product: 1 })).toEqual({ product: "duplicate_column" });
    expect(issues({ ...valid, amount: 0 })).toEqual({ amount: "duplicate_column" });
    expect(issues({ ...valid, city: 4, extra: [5, 4, 0] })).toEqual({ "extra.1": "duplicate_column", "extra.2": "duplicate_column" });
  });
});

describe("guessMapping", () => {
  // Both exports name the same five traits in the same last columns.
  const traits = { channel: 7, city: 8, age: 9, gender: 10, company: 11 };
  it.each([
    {
      name: "a Spanish till export, accents and case aside",
      headers: "Nº Ticket;Fecha;ID Cliente;Nombre cliente;Artículo;Cantidad;Importe;CANAL;Población;Edad;Género;Empresa".split(";"),
      rows: [
        ["T1", "31/12/2026", "C1", "Ana", "Pan", "2", "1.234,50", "Tienda", "Sevilla", "34", "F", ""],
        ["T2", "01/02/2026", "C2", "Luis", "Café", "1", "3,20", "Web", "Cádiz", "51", "M", "Bar Sol"],
      ],
      expected: { date: 1, customerId: 2, product: 4, quantity: 5, amount: 6, dateOrder: "dmy", decimal: "," },
    },
    {
      name: "an English shop export",
      headers: "Order ID;Order Date;CustomerID;Product name;Qty;Unit price;Total;Channel;City;Age;Gender;Company".split(";"),
      rows: [
        ["O1", "12/31/2026", "c-9", "Mug", "2", "5.00", "$1,010.00", "web", "Leeds", "40", "m", ""],
        ["O2", "3/4/2026", "c-7", "Tea", "1", "3.50", "3.50", "shop", "York", "22", "f", "Acme"],
      ],
      expected: { date: 1, customerId: 2, product: 3, quantity: 4, amount: 6, dateOrder: "mdy", decimal: "." },
    },
  ])("maps $name and reads its formats", ({ headers, rows, expected }) => {
    expect(guessMapping(headers, rows)).toEqual({ ...expected, ...traits, extra: [] });
  });

  it("leaves out what no header names, and what only looks like it", () => {
    const guess = guessMapping(["Fecha de nacimiento", "Email", "Total unidades", "Precio unitario", "Ciudad cliente"], []);
    expect(guess).toEqual({ customerId: 1, quantity: 2, city: 4, extra: [], dateOrder: "dmy", decimal: "," });
  });

  it("guesses formats from the values when they decide, and falls back to Spanish when they do not", () => {
    const guess = (dates: string[], amounts: string[]) => {
      const { dateOrder, decimal } = guessMapping(
        ["fecha", "importe"],
        dates.map((d, i) => [d, amounts[i] ?? ""]),
      );
      return `${dateOrder} ${decimal}`;
    };
    expect(guess(["31/12/2026"], ["1.234,56"])).toBe("dmy ,");
    expect(guess(["12/31/2026"], ["1,234.56"])).toBe("mdy .");
    expect(guess(["2026-12-31", "2026-01-05"], ["12.5", "3"])).toBe("ymd .");
    expect(guess(["01/02/2026", "03/04/2026"], ["1,234", "1.234", "7"])).toBe("dmy ,");
    expect(guess(["13/01/2026", "12/01/2026", "01/14/2026"], ["0,125", "1.234.567"])).toBe("dmy ,");
    expect(guess([], [])).toBe("dmy ,");
  });
});
