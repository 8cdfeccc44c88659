import { getTranslations } from "next-intl/server";
import type { StepStatus } from "@/db/queries/plan-overview";
import { missingMessageKey } from "@/lib/wizard/missing";
import { PlanSection, StepLink } from "./plan-kit";

/** Each step's completion and, for the incomplete ones, what the step itself says is missing. */
export async function PlanProgress({ projectId, steps }: { projectId: string; steps: StepStatus[] }) {
  const t = await getTranslations("plan");
  const all = await getTranslations();
  const done = steps.filter((s) => s.completed).length;
  return (
    <PlanSection id="progress" title={t("progress.title")} summary={t("progress.summary", { done, total: steps.length })}>
      <ol className="grid gap-3 md:grid-cols-2">
        {steps.map((step) => {
          const status = step.completed ? "complete" : step.started ? "incomplete" : "notStarted";
          const missing = step.missing.map((item) => {
            const key = missingMessageKey(step.slug, item);
            return all.has(key) ? all(key, { name: item.name ?? "" }) : t("progress.missingGeneric");
          });
          return (
            <li key={step.slug} className="space-y-1 rounded-md border border-slate-200 bg-white p-3 print:break-inside-avoid">
              <p className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-semibold">
                  {step.number}. {all(`wizard.steps.${step.slug}`)}
                </span>
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
                    step.completed ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"
                  }`}
                >
                  {t(`progress.${status}`)}
                </span>
              </p>
              {missing.length ? (
                <ul className="list-disc pl-5 text-sm text-slate-700">
                  {[...new Set(missing)].map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
              {step.completed ? null : <StepLink projectId={projectId} slug={step.slug} />}
            </li>
          );
        })}
      </ol>
    </PlanSection>
  );
}
