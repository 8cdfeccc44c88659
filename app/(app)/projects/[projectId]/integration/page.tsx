import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { StepComments } from "@/components/comments/step-comments";
import { integrationItems } from "@/components/comments/step-items";
import { StepReview } from "@/components/reviews/step-review";
import { IntegrationForm } from "@/components/wizard/integration/integration-form";
import { StepHeader } from "@/components/wizard/step-header";
import { getIntegrationStep } from "@/db/queries/integration-step";
import { nextStepHref, stepHref } from "@/lib/wizard/steps";
import { loadProject } from "../load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.steps"))("integration") };
}

export default async function IntegrationStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("integration");
  const step = await getIntegrationStep({ actor: user, projectId: project.id });
  const noOfferings = step.offerings.length === 0;
  return (
    <section aria-labelledby="step-title" className="space-y-6">
      <StepHeader title={t("title")} lead={<p>{t("lead")}</p>} completeHint={t("completeHint")} meta={step.meta} />
      <StepReview projectId={project.id} step={5} />
      {step.personas.length === 0 ? (
        <div className="space-y-2 rounded-lg border border-dashed border-slate-300 bg-white p-6">
          <h2 className="text-lg font-semibold">{t("empty.title")}</h2>
          <p className="text-sm text-slate-700">{t("empty.body")}</p>
          {noOfferings ? <p className="text-sm text-slate-700">{t("empty.noOfferings")}</p> : null}
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {noOfferings ? (
              <li>
                <Link href={stepHref(project.id, "offerings")} className="font-semibold text-brand-700 underline">
                  {t("empty.offeringsLink")}
                </Link>
              </li>
            ) : null}
            <li>
              <Link href={stepHref(project.id, "personas")} className="font-semibold text-brand-700 underline">
                {t("empty.link")}
              </Link>
            </li>
          </ul>
        </div>
      ) : (
        <ClientMessages namespaces={["integration", "wizard"]}>
          <IntegrationForm
            projectId={project.id}
            canEdit={project.role !== "mentor"}
            nextHref={nextStepHref(project.id, "integration")}
            offerings={step.offerings}
            personas={step.personas}
            initialValues={{
              version: step.version,
              contentIdeas: step.contentIdeas,
              socialPlans: step.socialPlans,
              campaigns: step.campaigns,
            }}
          />
        </ClientMessages>
      )}
      <StepComments projectId={project.id} step={5} items={integrationItems(step.contentIdeas, step.campaigns, step.offerings)} />
    </section>
  );
}
