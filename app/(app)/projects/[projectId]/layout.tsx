import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MissingSummary } from "@/components/wizard/missing-summary";
import { Stepper } from "@/components/wizard/stepper";
import { PLAN_AVAILABLE, planHref, WIZARD_STEPS } from "@/lib/wizard/steps";
import { loadProject } from "./load-project";

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { project } = await loadProject(projectId);
  const t = await getTranslations("wizard");
  const tMembers = await getTranslations("members");
  // Missing-item keys are built at run time, so they go through an untyped view.
  const tAll = (await getTranslations()) as unknown as {
    (key: string, values: Record<string, string>): string;
    has: (key: string) => boolean;
  };
  const steps = WIZARD_STEPS.map((step) => {
    const stored = project.missingByStep.get(step.number);
    // Each step's messages live under its slug: <slug>.missing.<code>.
    const items = stored
      ? stored.map(({ code, name }) => {
          const key = `${step.slug}.missing.${code}`;
          return tAll.has(key) ? tAll(key, { name: name ?? "" }) : t("incompleteFallback");
        })
      : [t("notStarted")];
    return {
      slug: step.slug,
      number: step.number,
      available: step.available,
      label: t(`steps.${step.slug}`),
      complete: project.completedSteps.includes(step.number),
      missing: step.available ? items : [],
      status: !step.available
        ? t("statusUpcoming")
        : project.completedSteps.includes(step.number)
          ? t("statusComplete")
          : stored?.length
            ? t("missingCount", { count: stored.length })
            : t("statusIncomplete"),
    };
  });
  const missingCount = steps.reduce((sum, s) => sum + (s.complete ? 0 : s.missing.length), 0);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm font-medium text-slate-600">{project.description}</p>
          <p className="text-2xl font-bold">{project.name}</p>
        </div>
        {PLAN_AVAILABLE ? (
          <nav aria-label={t("projectNav")} className="flex gap-4 print:hidden">
            <Link href={planHref(project.id)} prefetch={false} className="font-semibold text-brand-700 underline">
              {t("planLink")}
            </Link>
            <Link href={`/projects/${project.id}/members`} prefetch={false} className="font-semibold text-brand-700 underline">
              {tMembers("title")}
            </Link>
          </nav>
        ) : null}
      </div>
      <Stepper
        projectId={project.id}
        steps={steps}
        labels={{
          nav: t("stepperLabel"),
        }}
      />
      <MissingSummary
        projectId={project.id}
        title={t("missingTitle", { count: missingCount })}
        steps={steps.map((s) => ({ slug: s.slug, label: s.label, items: s.complete ? [] : s.missing }))}
      />
      {children}
    </div>
  );
}
