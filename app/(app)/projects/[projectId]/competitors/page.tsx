import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { StepComments } from "@/components/comments/step-comments";
import { competitorItems } from "@/components/comments/step-items";
import { StepReview } from "@/components/reviews/step-review";
import { CompetitorsForm } from "@/components/wizard/competitors/competitors-form";
import { StepHeader } from "@/components/wizard/step-header";
import { getCompetitorsStep } from "@/db/queries/competitors-step";
import { nextStepHref } from "@/lib/wizard/steps";
import { loadProject } from "../load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.steps"))("competitors") };
}

export default async function CompetitorsStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("competitors");
  const step = await getCompetitorsStep({ actor: user, projectId: project.id });
  return (
    <section aria-labelledby="step-title" className="space-y-6">
      <StepHeader
        title={t("title")}
        lead={
          <div className="space-y-3">
            <p>{t("lead")}</p>
            <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-2 text-sm text-slate-800">{t("leadNote")}</p>
          </div>
        }
        completeHint={t("completeHint")}
        meta={step.meta}
      />
      <StepReview projectId={project.id} step={2} />
      <ClientMessages namespaces={["competitors", "wizard", "tagInput"]}>
        <CompetitorsForm
          projectId={project.id}
          canEdit={project.role !== "mentor"}
          nextHref={nextStepHref(project.id, "competitors")}
          initialValues={{ version: step.version, competitors: step.competitors, digitalProfile: step.digitalProfile }}
        />
      </ClientMessages>
      <StepComments projectId={project.id} step={2} items={competitorItems(step.competitors)} />
    </section>
  );
}
