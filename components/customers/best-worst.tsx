import { getFormatter, getTranslations } from "next-intl/server";
import type { BestWorstComparison, TraitComparison } from "@/lib/customers/best-vs-worst";
import { formatCents, percent } from "./number-format";

type Row = { key: string; label: string; best: number; worst: number };

/** Two bars per value, best above worst, so the gap is seen before it is read. */
function ShareRows({
  rows,
  labels,
}: {
  rows: Row[];
  labels: { best: string; worst: string; value: string; share: (n: number) => string };
}) {
  return (
    <table className="w-full border-collapse text-sm">
      <thead className="sr-only">
        <tr>
          <th scope="col">{labels.value}</th>
          <th scope="col">{labels.best}</th>
          <th scope="col">{labels.worst}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100 align-middle">
            <th scope="row" className="w-1/3 py-1 pr-3 text-left font-normal break-words">
              {row.label}
            </th>
            {[row.best, row.worst].map((share, i) => (
              <td key={i} className="py-1 pr-2">
                <span className="flex items-center gap-2">
                  <span aria-hidden="true" className="h-2.5 w-24 overflow-hidden rounded bg-slate-100">
                    <span
                      className={`block h-2.5 ${i === 0 ? "bg-green-700" : "bg-red-700"}`}
                      style={{ width: `${Math.round(share * 100)}%` }}
                    />
                  </span>
                  <span className="tabular-nums">{labels.share(share)}</span>
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function BestWorst({ comparison }: { comparison: BestWorstComparison }) {
  const t = await getTranslations("customers");
  const format = await getFormatter();
  const { best, worst, traits } = comparison;
  if (!best.customers || !worst.customers) return <p className="text-slate-700">{t("bestWorst.none")}</p>;
  const labels = {
    best: t("bestWorst.best"),
    worst: t("bestWorst.worst"),
    value: t("bestWorst.value"),
    share: (n: number) => percent(format, n),
  };
  const rowsOf = (trait: TraitComparison): Row[] =>
    trait.kind === "age"
      ? trait.bands.map((b) => ({ key: b.band, label: t(`bestWorst.bands.${b.band}`), best: b.bestShare, worst: b.worstShare }))
      : trait.values.map((v) => ({ key: v.value, label: v.value, best: v.bestShare, worst: v.worstShare }));
  const behaviour = [
    {
      key: "orders",
      label: t("segments.avgOrders"),
      best: format.number(best.avgOrders, { maximumFractionDigits: 1 }),
      worst: format.number(worst.avgOrders, { maximumFractionDigits: 1 }),
    },
    {
      key: "spend",
      label: t("segments.avgRevenue"),
      best: formatCents(format, best.avgRevenueCents),
      worst: formatCents(format, worst.avgRevenueCents),
    },
    {
      key: "days",
      label: t("segments.daysSince"),
      best: format.number(best.medianDaysSinceLast, { maximumFractionDigits: 0 }),
      worst: format.number(worst.medianDaysSinceLast, { maximumFractionDigits: 0 }),
    },
  ];
  return (
    <div className="space-y-5">
      <p className="text-slate-700">{t("bestWorst.groups", { best: best.customers, worst: worst.customers })}</p>
      <section aria-labelledby="best-worst-behaviour" className="space-y-2">
        <h3 id="best-worst-behaviour" className="font-semibold">
          {t("bestWorst.behaviour")}
        </h3>
        <table className="w-full max-w-xl border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <td />
              <th scope="col" className="py-1 pr-3">
                {labels.best}
              </th>
              <th scope="col" className="py-1">
                {labels.worst}
              </th>
            </tr>
          </thead>
          <tbody>
            {behaviour.map((row) => (
              <tr key={row.key} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {row.label}
                </th>
                <td className="py-1 pr-3 tabular-nums">{row.best}</td>
                <td className="py-1 tabular-nums">{row.worst}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="grid gap-5 lg:grid-cols-2">
        {traits.map((trait) => (
          <section
            key={trait.column}
            aria-labelledby={`trait-${trait.column}`}
            className="space-y-2 rounded-md border border-slate-200 p-3"
          >
            <h3 id={`trait-${trait.column}`} className="flex flex-wrap items-baseline justify-between gap-2 font-semibold">
              <span>{t(`mapping.fields.${trait.column}`)}</span>
              <span className="text-sm font-normal text-slate-700">{t("bestWorst.gap", { gap: percent(format, trait.gap) })}</span>
            </h3>
            {trait.kind === "age" && trait.best.median !== null && trait.worst.median !== null ? (
              <p className="text-sm text-slate-700">{t("bestWorst.ageMedian", { best: trait.best.median, worst: trait.worst.median })}</p>
            ) : null}
            <p className="flex gap-4 text-xs text-slate-600" aria-hidden="true">
              <span>
                <span className="mr-1 inline-block h-2 w-3 bg-green-700" />
                {labels.best}
              </span>
              <span>
                <span className="mr-1 inline-block h-2 w-3 bg-red-700" />
                {labels.worst}
              </span>
            </p>
            <ShareRows rows={rowsOf(trait)} labels={labels} />
          </section>
        ))}
      </div>
    </div>
  );
}
