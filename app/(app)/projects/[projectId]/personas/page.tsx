import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { StepComments } from "@/components/comments/step-comments";
import { personaItems } from "@/components/comments/step-items";
import { StepReview } from "@/components/reviews/step-review";
import { PersonasForm } from "@/components/wizard/personas/personas-form";
import { StepHeader } from "@/components/wizard/step-header";
import { getPersonasStep } from "@/db/queries/personas-step";
import { nextStepHref, stepHref } from "@/lib/wizard/steps";
import { loadProject } from "../load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.steps"))("personas") };
}

export default async function PersonasStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("personas");
  const step = await getPersonasStep({ actor: user, projectId: project.id });
  return (
    <section aria-labelledby="step-title" className="space-y-6">
      <StepHeader title={t("title")} lead={<p>{t("lead")}</p>} completeHint={t("completeHint")} meta={step.meta} />
      <StepReview projectId={project.id} step={4} />
      {step.offerings.length === 0 ? (
        <div className="space-y-2 rounded-lg border border-dashed border-slate-300 bg-white p-6">
          <h2 className="text-lg font-semibold">{t("empty.title")}</h2>
          <p className="text-sm text-slate-700">{t("empty.body")}</p>
          <Link href={stepHref(project.id, "offerings")} className="inline-block font-semibold text-brand-700 underline">
            {t("empty.link")}
          </Link>
        </div>
      ) : (
        <ClientMessages namespaces={["personas", "wizard", "tagInput"]}>
          <PersonasForm
            projectId={project.id}
            canEdit={project.role !== "mentor"}
            nextHref={nextStepHref(project.id, "personas")}
            offerings={step.offerings}
            defaults={step.defaults}
            initialValues={{ version: step.version, personas: step.personas }}
          />
        </ClientMessages>
      )}
      <StepComments projectId={project.id} step={4} items={personaItems(step.personas)} />
    </section>
  );
}
