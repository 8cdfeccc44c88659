import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { COACH_AREAS } from "@/lib/coach/model";
import type { CoachFinding } from "@/lib/coach/review";
import { DismissFinding } from "./dismiss-finding";
import { findingWords } from "./finding-words";
import { RestoreFinding } from "./restore-finding";

const WEIGHT_CLASS = {
  3: "bg-red-100 text-red-900",
  2: "bg-amber-100 text-amber-950",
  1: "bg-slate-100 text-slate-800",
} as const;

/** The open findings, part by part in the wizard's order, heaviest first within each. */
export async function OpenFindings({
  projectId,
  findings,
  canDismiss,
}: {
  projectId: string;
  findings: CoachFinding[];
  canDismiss: boolean;
}) {
  const t = await getTranslations("coach");
  const words = await findingWords();
  if (!findings.length) return <p className="rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">{t("allClear")}</p>;
  return (
    <div className="space-y-6">
      {COACH_AREAS.map((area) => {
        const inArea = findings.filter((f) => f.area === area);
        if (!inArea.length) return null;
        return (
          <section key={area} aria-labelledby={`coach-area-${area}`} className="space-y-3">
            <h3 id={`coach-area-${area}`} className="text-lg font-semibold">
              {t(`areas.${area}`)}
            </h3>
            <ul className="space-y-3">
              {inArea.map((finding) => {
                const { what, why } = words(finding);
                return (
                  <li key={`${finding.rule}:${finding.subject}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
                    <p className="flex flex-wrap items-start gap-2">
                      <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${WEIGHT_CLASS[finding.weight]}`}>
                        {t(`weight.${finding.weight}`)}
                      </span>
                      <span className="font-medium text-slate-900">{what}</span>
                    </p>
                    <p className="text-sm text-slate-700">
                      <span className="font-semibold">{t("why")}</span> {why}
                    </p>
                    <div className="flex flex-wrap items-start gap-3">
                      <Link
                        href={finding.fieldHref}
                        prefetch={false}
                        aria-label={t(canDismiss ? "fixItLabel" : "seeItLabel", { what })}
                        className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
                      >
                        {/* Those who cannot edit (a mentor, a visitor of the example) are sent to look, not to fix. */}
                        {t(canDismiss ? "fixIt" : "seeIt")}
                      </Link>
                      {canDismiss ? (
                        <DismissFinding projectId={projectId} rule={finding.rule} subject={finding.subject} what={what} />
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** What the team set aside, with its reason and who gave it; editors may bring a finding back. */
export async function DismissedFindings({
  projectId,
  findings,
  canDismiss,
}: {
  projectId: string;
  findings: CoachFinding[];
  canDismiss: boolean;
}) {
  const t = await getTranslations("coach.dismissed");
  const format = await getFormatter();
  const words = await findingWords();
  return (
    <ul className="space-y-3">
      {findings.map((finding) => {
        const { what } = words(finding);
        const dismissal = finding.dismissal!;
        const date = format.dateTime(dismissal.createdAt, { dateStyle: "medium" });
        return (
          <li key={`${finding.rule}:${finding.subject}`} className="space-y-1 rounded-lg border border-slate-200 bg-white p-4">
            <p className="font-medium text-slate-900">{what}</p>
            <p className="text-sm text-slate-800">{t("reason", { reason: dismissal.reason })}</p>
            <p className="text-xs text-slate-600">
              {dismissal.dismissedBy ? t("by", { name: dismissal.dismissedBy, date }) : t("byGone", { date })}
            </p>
            {canDismiss ? <RestoreFinding projectId={projectId} rule={finding.rule} subject={finding.subject} what={what} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
