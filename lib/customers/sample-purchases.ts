// Made-up but shop-like purchase lines for the customer tests: the same seed always gives the
// same file, and the file is skewed the way real ones are (most customers buy once, a few
// buy often), so ties in every RFM measure are common and the scoring's tie rule is exercised.

import type { PurchaseLine, TraitColumn } from "./purchase-line";

/** mulberry32: a small seeded generator of floats in [0, 1); tests must not depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

type SampleTraits = Pick<PurchaseLine, TraitColumn>;

export interface SampleOptions {
  customers: number;
  seed: number;
  /** The day the file ends on; every purchase falls within the two years before it. */
  today: string;
  /**
   * A customer's traits from their engagement (0..1: higher buys more often, more recently and
   * more), to plant traits that go with being a good customer. By default traits are unrelated.
   */
  traits?: (engagement: number, random: () => number) => SampleTraits;
}

const PRICES_CENTS = [999, 1999, 2999, 4999, 9999];
const CITIES = ["Madrid", "Sevilla", "Valencia", "Bilbao", "Málaga"];
const CHANNELS = ["shop", "online", "phone"];

function unrelatedTraits(_engagement: number, random: () => number): SampleTraits {
  return {
    product: pick(random, ["guitar", "strings", "amp", "lessons"]),
    channel: pick(random, CHANNELS),
    city: random() < 0.1 ? null : pick(random, CITIES),
    age: random() < 0.2 ? null : 18 + Math.floor(random() * 60),
    gender: pick(random, ["f", "m", "x", ""]),
    company: null,
  };
}

export function samplePurchaseLines(options: SampleOptions): PurchaseLine[] {
  const random = seededRandom(options.seed);
  const traitsOf = options.traits ?? unrelatedTraits;
  const lines: PurchaseLine[] = [];
  for (let i = 0; i < options.customers; i++) {
    const engagement = random();
    const traits = traitsOf(engagement, random);
    const customerId = `c${String(i).padStart(5, "0")}`;
    for (const daysAgo of purchaseDays(random, engagement)) {
      const sameDayLines = random() < 0.2 ? 2 : 1;
      for (let k = 0; k < sameDayLines; k++) {
        const amountCents = pick(random, PRICES_CENTS) * (engagement > 0.7 ? 2 : 1);
        lines.push({ customerId, date: isoDayBefore(options.today, daysAgo), amountCents, quantity: 1, ...traits, extra: {} });
      }
    }
  }
  return lines;
}

/** Distinct days ago: one for most customers, up to dozens for the engaged, more recent the more engaged. */
function purchaseDays(random: () => number, engagement: number): Set<number> {
  const orders = 1 + Math.floor(-Math.log(1 - random()) * 4 * engagement * engagement);
  const last = Math.floor(random() * 730 * (1 - 0.8 * engagement));
  const days = new Set([last]);
  while (days.size < Math.min(orders, 730 - last)) days.add(last + Math.floor(random() * (730 - last)));
  return days;
}

function isoDayBefore(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}
