import { getFormatter, getTranslations } from "next-intl/server";
import type { SegmentStats } from "@/lib/customers/segment-stats";
import { formatCents, percent } from "./number-format";

/**
 * The RFM groups as a table, each with a bar for its share of revenue: the bar is what the
 * owner looks at, the numbers beside it are what they quote.
 */
export async function SegmentsTable({ segments }: { segments: readonly SegmentStats[] }) {
  const t = await getTranslations("customers.segments");
  const format = await getFormatter();
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("caption")}>
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-3">
              {t("segment")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("customers")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("share")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("revenue")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("avgOrders")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("avgRevenue")}
            </th>
            <th scope="col" className="py-2 pl-3 text-right">
              {t("daysSince")}
            </th>
          </tr>
        </thead>
        <tbody>
          {segments.map((s) => (
            <tr key={s.segment} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <span className="block font-semibold">{t(`names.${s.segment}`)}</span>
                <span className="block text-xs text-slate-600">{t(`explain.${s.segment}`)}</span>
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(s.customers)}</td>
              <td className="px-3 py-2">
                <span className="flex items-center gap-2">
                  <span aria-hidden="true" className="h-3 w-28 overflow-hidden rounded bg-slate-100">
                    <span className="block h-3 bg-brand-700" style={{ width: `${Math.round(s.revenueShare * 100)}%` }} />
                  </span>
                  <span className="tabular-nums">{percent(format, s.revenueShare)}</span>
                </span>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCents(format, s.revenueCents)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {s.customers ? format.number(s.avgOrders, { maximumFractionDigits: 1 }) : "–"}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{s.customers ? formatCents(format, s.avgRevenueCents) : "–"}</td>
              <td className="py-2 pl-3 text-right tabular-nums">
                {s.customers ? format.number(s.medianDaysSinceLast, { maximumFractionDigits: 0 }) : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
