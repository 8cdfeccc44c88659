import { describe, expect, it } from "vitest";
import { summariseCustomers } from "./customer-summary";
import type { PurchaseLine } from "./purchase-line";
import { compareCodePoints } from "./value-counts";
import { blankPurchaseLine } from "@/lib/validation/customer-import";

function line(customerId: string, date: string, amountCents: number, more: Partial<PurchaseLine> = {}): PurchaseLine {
  return { ...blankPurchaseLine(customerId, date, amountCents), ...more };
}

describe("summariseCustomers", () => {
  it("gives nothing for no lines", () => {
    expect(summariseCustomers([])).toEqual([]);
  });

  it("counts distinct purchase days as orders and sums every line's amount", () => {
    const [only] = summariseCustomers([
      line("c1", "2024-03-05", 1000),
      line("c1", "2024-01-10", 250),
      line("c1", "2024-03-05", 750),
      line("c1", "2024-02-01", 100),
    ]);
    expect(only).toMatchObject({ customerId: "c1", firstDate: "2024-01-10", lastDate: "2024-03-05", orders: 3, revenueCents: 2100 });
  });

  it("takes each text trait's most frequent value, a tie going to the first in code-point order", () => {
    const [only] = summariseCustomers([
      line("c1", "2024-01-01", 1, { city: "Sevilla", channel: "shop", product: "b" }),
      line("c1", "2024-01-02", 1, { city: "Madrid", channel: "shop", product: "a" }),
      line("c1", "2024-01-03", 1, { city: "Sevilla", channel: "", product: "c" }),
      line("c1", "2024-01-04", 1, { city: null, channel: "online", product: "a" }),
      line("c1", "2024-01-05", 1, { channel: "online" }),
    ]);
    expect(only!.traits).toEqual({ city: "Sevilla", channel: "online", product: "a", gender: null, company: null, age: null });
  });

  it("keeps the age of the latest line that has one, the greatest when that day disagrees", () => {
    const [agedTwice, sameDay] = summariseCustomers([
      line("a", "2024-05-01", 1, { age: 40 }),
      line("a", "2023-05-01", 1, { age: 39 }),
      line("a", "2024-06-01", 1, { age: null }),
      line("b", "2024-01-01", 1, { age: 30 }),
      line("b", "2024-01-01", 1, { age: 31 }),
      line("b", "2024-01-01", 1, { age: 29 }),
    ]);
    expect(agedTwice!.traits.age).toBe("40");
    expect(sameDay!.traits.age).toBe("31");
  });

  it('orders customers by id in code-point order, as COLLATE "C" does', () => {
    const ids = ["b", "a", "B", "\u{1F600}", "\uFF5E", "a1"];
    const summaries = summariseCustomers(ids.map((id) => line(id, "2024-01-01", 1)));
    expect(summaries.map((s) => s.customerId)).toEqual(["B", "a", "a1", "b", "\uFF5E", "\u{1F600}"]);
  });
});

describe("compareCodePoints", () => {
  it("puts characters above U+FFFF after the rest of the BMP, unlike UTF-16 order", () => {
    expect(compareCodePoints("\u{1F600}", "\uFF5E")).toBeGreaterThan(0);
    expect("\u{1F600}" < "\uFF5E").toBe(true);
    expect(compareCodePoints("ab", "abc")).toBeLessThan(0);
    expect(compareCodePoints("x\u{1F600}", "x\u{1F600}")).toBe(0);
  });
});
