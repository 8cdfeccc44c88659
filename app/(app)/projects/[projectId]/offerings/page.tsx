import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { StepComments } from "@/components/comments/step-comments";
import { offeringItems } from "@/components/comments/step-items";
import { StepReview } from "@/components/reviews/step-review";
import { OfferingsForm } from "@/components/wizard/offerings/offerings-form";
import { StepHeader } from "@/components/wizard/step-header";
import { getOfferingsStep } from "@/db/queries/offerings-step";
import { newId } from "@/lib/uuid";
import { nextStepHref } from "@/lib/wizard/steps";
import { loadProject } from "../load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.steps"))("offerings") };
}

export default async function OfferingsStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("offerings");
  const step = await getOfferingsStep({ actor: user, projectId: project.id });
  // Until the first save, suggest the three usual categories in the owner's language.
  const categories = step.meta.isNew
    ? (["services", "consulting", "training"] as const).map((key) => ({ id: newId(), name: t(`defaultCategories.${key}`) }))
    : step.categories;
  return (
    <section aria-labelledby="step-title" className="space-y-6">
      <StepHeader title={t("title")} lead={<p>{t("lead")}</p>} completeHint={t("completeHint")} meta={step.meta} />
      <StepReview projectId={project.id} step={1} />
      <ClientMessages namespaces={["offerings", "wizard"]}>
        <OfferingsForm
          projectId={project.id}
          canEdit={project.role !== "mentor"}
          nextHref={nextStepHref(project.id, "offerings")}
          initialValues={{ version: step.version, categories, offerings: step.offerings }}
        />
      </ClientMessages>
      <StepComments projectId={project.id} step={1} items={offeringItems(step.offerings)} />
    </section>
  );
}
