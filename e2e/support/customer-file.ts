import { samplePurchaseLines } from "../../lib/customers/sample-purchases";

/**
 * A guitar shop's till export as a Spanish spreadsheet writes it (";" between cells, day/month/year,
 * decimal comma), made from seeded purchases so every run gets the same file, with known faults
 * planted: the data check must count exactly these.
 */
export const PLANTED = { missingIds: 3, unreadableDates: 2, futureDates: 1, duplicates: 4, zeroAmounts: 2 } as const;

const HEADER = "Id cliente;Fecha;Importe;Producto;Canal;Ciudad;Edad";

// Dates run up to this day. The spec fixes the browser's clock to BROWSER_TODAY, so the planted
// 2027 date is "in the future" whatever day the test runs; the server scores recency against its
// own today, and RFM scores are ranks, so the groups do not move with that day either.
const FILE_ENDS = "2026-06-30";
export const BROWSER_TODAY = new Date("2026-07-15T12:00:00Z");

const spanishDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const spanishAmount = (cents: number) => {
  const [whole, decimals] = (cents / 100).toFixed(2).split(".");
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${decimals}`;
};

export function guitarShopTillExport(customers = 400): { name: string; text: string; cleanLines: number } {
  const lines = samplePurchaseLines({
    customers,
    seed: 16,
    today: FILE_ENDS,
    // The best customers come to the workshop in Sevilla; the rest mostly buy online.
    traits: (engagement, random) => ({
      product: engagement > 0.7 ? "Guitarra a medida" : "Cuerdas",
      channel: engagement > 0.7 ? (random() < 0.85 ? "Tienda" : "Online") : random() < 0.8 ? "Online" : "Tienda",
      city: engagement > 0.7 ? (random() < 0.7 ? "Sevilla" : "Madrid") : random() < 0.3 ? "Sevilla" : "Madrid",
      age: 25 + Math.floor(engagement * 30),
      gender: null,
      company: null,
    }),
  });
  // Two identical purchases on one day would be a duplicate we did not plant: keep one.
  const rows = [
    ...new Set(
      lines.map((l) =>
        [l.customerId, spanishDay(l.date), spanishAmount(l.amountCents), l.product, l.channel, l.city, l.age ?? ""].join(";"),
      ),
    ),
  ];
  const faulty = [
    ...Array.from({ length: PLANTED.missingIds }, (_, i) => `;01/03/2026;12,50;Cuerdas;Online;Madrid;30`.replace("12,50", `1${i},50`)),
    "c90001;32/13/2026;20,00;Cuerdas;Online;Madrid;30",
    "c90002;ayer;20,00;Cuerdas;Online;Madrid;30",
    "c90003;15/01/2027;20,00;Cuerdas;Online;Madrid;30",
    ...rows.slice(0, PLANTED.duplicates),
    "c90004;02/03/2026;0,00;Cuerdas;Online;Madrid;30",
    "c90005;02/03/2026;-5,00;Cuerdas;Online;Madrid;30",
  ];
  return {
    name: "ventas-tienda.csv",
    text: [HEADER, ...rows, ...faulty].join("\n") + "\n",
    cleanLines: rows.length,
  };
}
