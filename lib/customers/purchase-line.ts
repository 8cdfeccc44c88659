// One purchase line of an imported customer file, as the data check hands it on and the
// database stores it. Shared by the browser (reading, mapping, checking a file) and the
// server (storing lines, scoring customers), so both agree on one shape.

/** The optional columns a file may map; each becomes a trait that best and worst customers are compared on. */
export const TRAIT_COLUMNS = ["product", "channel", "city", "age", "gender", "company"] as const;
export type TraitColumn = (typeof TRAIT_COLUMNS)[number];

export interface PurchaseLine {
  /** The customer's id as the file writes it (trimmed). */
  customerId: string;
  /** Day of the purchase, ISO "YYYY-MM-DD". */
  date: string;
  /** Amount in cents, > 0. */
  amountCents: number;
  quantity: number | null;
  product: string | null;
  channel: string | null;
  city: string | null;
  age: number | null;
  gender: string | null;
  company: string | null;
  /** Other mapped columns by their header, text as written. */
  extra: Record<string, string>;
}
