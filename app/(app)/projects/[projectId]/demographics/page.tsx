import { getTranslations } from "next-intl/server";
import { DecisionNudge } from "@/components/wizard/demographics/decision-nudge";
import { DemographicsForm } from "@/components/wizard/demographics/demographics-form";
import { StepFrame, stepMetadata } from "@/components/wizard/step-frame";
import { getDemographicsStep } from "@/db/queries/demographics-step";
import { can } from "@/lib/permissions";
import { loadProject } from "@/lib/projects/load-project";
import { nextStepHref, stepHref } from "@/lib/wizard/steps";

export const generateMetadata = () => stepMetadata("demographics");

export default async function DemographicsStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("demographics");
  const { meta, ...values } = await getDemographicsStep({ actor: user, projectId: project.id });
  return (
    <StepFrame slug="demographics" projectId={project.id} meta={meta} commentItems={[]} namespaces={["tagInput"]}>
      <DecisionNudge title={t("nudge.title")} body={t("nudge.body")} linkLabel={t("nudge.link")} href={stepHref(project.id, "personas")} />
      <DemographicsForm
        projectId={project.id}
        canEdit={can(project.role, "step.edit")}
        nextHref={nextStepHref(project.id, "demographics")}
        currentYear={new Date().getFullYear()}
        initialValues={values}
      />
    </StepFrame>
  );
}
