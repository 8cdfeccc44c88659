import { getTranslations } from "next-intl/server";
import { competitorItems } from "@/components/comments/step-items";
import { CompetitorsForm } from "@/components/wizard/competitors/competitors-form";
import { StepFrame, stepMetadata } from "@/components/wizard/step-frame";
import { getCompetitorsStep } from "@/db/queries/competitors-step";
import { can } from "@/lib/permissions";
import { loadProject } from "@/lib/projects/load-project";
import { nextStepHref } from "@/lib/wizard/steps";

export const generateMetadata = () => stepMetadata("competitors");

export default async function CompetitorsStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("competitors");
  const step = await getCompetitorsStep({ actor: user, projectId: project.id });
  return (
    <StepFrame
      slug="competitors"
      projectId={project.id}
      meta={step.meta}
      commentItems={competitorItems(step.competitors)}
      leadNote={t("leadNote")}
      namespaces={["tagInput", "channels"]}
    >
      <CompetitorsForm
        projectId={project.id}
        canEdit={can(project.role, "step.edit")}
        nextHref={nextStepHref(project.id, "competitors")}
        initialValues={{
          version: step.version,
          competitors: step.competitors,
          digitalProfile: step.digitalProfile,
          channels: step.channels,
        }}
      />
    </StepFrame>
  );
}
