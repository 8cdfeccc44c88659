import { getTranslations } from "next-intl/server";
import type { AreaScore } from "@/lib/coach/review";

/** The score out of 100 and, part by part, how the plan fares. Server-rendered. */
export async function CoachScore({ score, areas, ruleCount }: { score: number; areas: AreaScore[]; ruleCount: number }) {
  const t = await getTranslations("coach");
  return (
    <section aria-labelledby="coach-score-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 id="coach-score-title" className="text-xl font-bold">
          {t("scoreTitle")}
        </h2>
        <p className="text-3xl font-bold text-brand-800 tabular-nums">{t("score", { score })}</p>
      </div>
      <p className="max-w-3xl text-sm text-slate-700">
        {t("scoreHelp")} {t("reach", { rules: ruleCount })}
      </p>
      <h3 className="font-semibold">{t("areasTitle")}</h3>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {areas.map((area) => (
          <li key={area.area} className="space-y-1 rounded-md border border-slate-200 p-3">
            <p className="flex justify-between gap-2 text-sm font-semibold">
              <span>{t(`areas.${area.area}`)}</span>
              <span className="tabular-nums">{area.score === null ? "–" : t("score", { score: area.score })}</span>
            </p>
            {area.score === null ? null : (
              <div className="h-2 rounded bg-slate-200" aria-hidden="true">
                <div className="h-2 rounded bg-brand-700" style={{ width: `${area.score}%` }} />
              </div>
            )}
            <p className="text-xs text-slate-600">{area.score === null ? t("areaNothing") : t("areaOpen", { count: area.open })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
