import { getTranslations } from "next-intl/server";
import { offeringItems } from "@/components/comments/step-items";
import { OfferingsForm } from "@/components/wizard/offerings/offerings-form";
import { StepFrame, stepMetadata } from "@/components/wizard/step-frame";
import { getOfferingsStep } from "@/db/queries/offerings-step";
import { can } from "@/lib/permissions";
import { loadProject } from "@/lib/projects/load-project";
import { newId } from "@/lib/uuid";
import { nextStepHref } from "@/lib/wizard/steps";

export const generateMetadata = () => stepMetadata("offerings");

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
    <StepFrame slug="offerings" projectId={project.id} meta={step.meta} commentItems={offeringItems(step.offerings)}>
      <OfferingsForm
        projectId={project.id}
        canEdit={can(project.role, "step.edit")}
        nextHref={nextStepHref(project.id, "offerings")}
        initialValues={{ version: step.version, categories, offerings: step.offerings }}
      />
    </StepFrame>
  );
}
