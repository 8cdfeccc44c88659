import { getFormatter, getTranslations } from "next-intl/server";
import type { Concentration } from "@/lib/customers/concentration";
import { percent } from "./number-format";

const SIZE = 200;

/**
 * How revenue is spread: customers from the biggest down along the bottom, the revenue they
 * bring up the side. The further the line bows above the diagonal, the more a few customers
 * carry the business. The list under it says the same for those who do not read charts.
 */
export async function ConcentrationChart({ data }: { data: Concentration }) {
  const t = await getTranslations("customers.segments");
  const format = await getFormatter();
  const points = data.curve.map((p) => `${p.customersShare * SIZE},${SIZE - p.revenueShare * SIZE}`).join(" ");
  return (
    <figure className="space-y-3">
      <p className="text-base font-semibold text-slate-900">
        {t("concentration", { top: data.topCustomers, share: percent(format, data.topShare) })}
      </p>
      <figcaption className="text-sm font-semibold text-slate-700">{t("curveTitle")}</figcaption>
      <div className="flex flex-wrap items-start gap-6">
        <svg viewBox={`-4 -4 ${SIZE + 8} ${SIZE + 8}`} className="h-48 w-48 shrink-0" aria-hidden="true">
          <rect x="0" y="0" width={SIZE} height={SIZE} className="fill-slate-50 stroke-slate-300" />
          <line x1="0" y1={SIZE} x2={SIZE} y2="0" className="stroke-slate-400" strokeDasharray="4 4" />
          <polyline points={points} fill="none" className="stroke-brand-700" strokeWidth="3" />
          <line x1={SIZE * 0.2} y1="0" x2={SIZE * 0.2} y2={SIZE} className="stroke-amber-600" strokeDasharray="2 3" />
        </svg>
        <ul className="space-y-1 text-sm text-slate-700">
          {data.curve
            .filter((_, i) => i > 0 && i % 2 === 0)
            .map((p) => (
              <li key={p.customersShare}>
                {t("curveText", { customers: percent(format, p.customersShare), revenue: percent(format, p.revenueShare) })}
              </li>
            ))}
        </ul>
      </div>
    </figure>
  );
}
