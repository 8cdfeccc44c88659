import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Stepper } from "@/components/wizard/stepper";
import { PLAN_AVAILABLE, WIZARD_STEPS } from "@/lib/wizard/steps";
import { loadProject } from "./load-project";

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { project } = await loadProject(projectId);
  const t = await getTranslations("wizard");
  const steps = WIZARD_STEPS.map((step) => ({
    slug: step.slug,
    number: step.number,
    available: step.available,
    label: t(`steps.${step.slug}`),
    complete: project.completedSteps.includes(step.number),
  }));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm font-medium text-slate-600">{project.description}</p>
          <p className="text-2xl font-bold">{project.name}</p>
        </div>
        {PLAN_AVAILABLE ? (
          <nav aria-label={t("projectNav")}>
            <Link href={`/projects/${project.id}/plan`} prefetch={false} className="font-semibold text-brand-700 underline">
              {t("planLink")}
            </Link>
          </nav>
        ) : null}
      </div>
      <Stepper
        projectId={project.id}
        steps={steps}
        labels={{
          nav: t("stepperLabel"),
          complete: t("statusComplete"),
          incomplete: t("statusIncomplete"),
          upcoming: t("statusUpcoming"),
        }}
      />
      {children}
    </div>
  );
}
