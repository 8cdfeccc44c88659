import type { createFormatter } from "next-intl";

type Formatter = ReturnType<typeof createFormatter>;

// Files carry amounts without a currency, so they are shown as plain numbers in the reader's
// format: a currency symbol we guessed would be wrong for half the shops.

// Large sums read better whole; small ones keep their cents, both digits ("241,50", not "241,5").
export const formatCents = (format: Formatter, cents: number) =>
  cents >= 100_000
    ? format.number(cents / 100, { maximumFractionDigits: 0 })
    : format.number(cents / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const percent = (format: Formatter, share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });
