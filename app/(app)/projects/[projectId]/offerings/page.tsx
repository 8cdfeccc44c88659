import { getTranslations } from "next-intl/server";
import { offeringItems } from "@/components/comments/step-items";
import { ProjectKindControl } from "@/components/projects/project-kind-control";
import { OfferingsForm } from "@/components/wizard/offerings/offerings-form";
import { StepFrame, stepMetadata } from "@/components/wizard/step-frame";
import { getOfferingsStep } from "@/db/queries/offerings-step";
import { can } from "@/lib/permissions";
import { DEFAULT_PROJECT_KIND } from "@/lib/projects/kinds";
import { loadProject } from "@/lib/projects/load-project";
import { newId } from "@/lib/uuid";
import { nextStepHref } from "@/lib/wizard/steps";

export const generateMetadata = () => stepMetadata("offerings");

export default async function OfferingsStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("projectKind.starters.sets");
  const step = await getOfferingsStep({ actor: user, projectId: project.id });
  const starters = (["first", "second", "third"] as const).map((key) => t(`${project.kind}.${key}`));
  // Until the first save, the neutral kind starts with the method's three usual categories, as
  // before kinds existed; every other kind starts empty, with its own suggestions one click away.
  const prefill = step.meta.isNew && project.kind === DEFAULT_PROJECT_KIND;
  const categories = prefill ? starters.map((name) => ({ id: newId(), name })) : step.categories;
  return (
    <StepFrame
      slug="offerings"
      projectId={project.id}
      meta={step.meta}
      commentItems={offeringItems(step.offerings)}
      namespaces={["projectKind"]}
    >
      <ProjectKindControl projectId={project.id} kind={project.kind} canChange={can(project.role, "step.edit")} on="phone" />
      <OfferingsForm
        projectId={project.id}
        canEdit={can(project.role, "step.edit")}
        nextHref={nextStepHref(project.id, "offerings")}
        initialValues={{ version: step.version, categories, offerings: step.offerings }}
        starters={step.meta.isNew && !prefill ? starters : undefined}
      />
    </StepFrame>
  );
}
