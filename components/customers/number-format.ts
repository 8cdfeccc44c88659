import type { createFormatter } from "next-intl";

type Formatter = ReturnType<typeof createFormatter>;

// Files carry amounts without a currency, so they are shown as plain numbers in the reader's
// format: a currency symbol we guessed would be wrong for half the shops.

export const formatCents = (format: Formatter, cents: number) =>
  format.number(cents / 100, { maximumFractionDigits: cents >= 100_000 ? 0 : 2, minimumFractionDigits: 0 });

export const percent = (format: Formatter, share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });
