"use client";

import { useTranslations } from "next-intl";
import { FEELING_LABELS, type StageSummary } from "@/lib/wizard/journey-map";

/** The high-level version: per stage one line with the feeling, the main touchpoint and the first pain point. */
export function JourneySummary({ index, summary }: { index: number; summary: StageSummary[] }) {
  const t = useTranslations("personas.journey");
  const headingId = `personas-${index}-journey-summary`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h5 id={headingId} className="text-sm font-semibold text-slate-900">
        {t("summaryHeading")}
      </h5>
      <ol className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white text-sm">
        {summary.map((stage, i) => {
          const feeling = stage.feeling === null ? null : t(`feelings.${FEELING_LABELS[stage.feeling]}`);
          const parts = [
            feeling && (stage.feelingWord ? `${stage.feelingWord} (${feeling})` : feeling),
            stage.touchpoint && t("summaryTouchpoint", { touchpoint: stage.touchpoint }),
            stage.painPoint && t("summaryPain", { pain: stage.painPoint }),
          ].filter(Boolean);
          return (
            <li key={stage.stageId} className="px-3 py-2">
              <span className="font-semibold text-slate-900">{t("stageHeading", { number: i + 1, stage: stage.label })}</span>
              <span className="text-slate-800"> · {parts.length ? parts.join(" · ") : t("summaryEmpty")}</span>
              {stage.unattended ? (
                <span className="block font-medium text-amber-900">
                  <span aria-hidden="true">⚠ </span>
                  {t("unattended")}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
