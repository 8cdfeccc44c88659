import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { personaStepItems } from "@/components/comments/step-items";
import { ProjectChannelsProvider } from "@/components/wizard/channels/project-channels";
import { PersonasForm } from "@/components/wizard/personas/personas-form";
import { StepFrame, stepMetadata } from "@/components/wizard/step-frame";
import { getPersonasStep } from "@/db/queries/personas-step";
import { getProjectChannels } from "@/db/queries/project-channels";
import { can } from "@/lib/permissions";
import { stageName } from "@/lib/validation/journey";
import { loadProject } from "@/lib/projects/load-project";
import { nextStepHref, stepHref } from "@/lib/wizard/steps";

export const generateMetadata = () => stepMetadata("personas");

export default async function PersonasStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("personas");
  const tGender = await getTranslations("demographics.genderOptions");
  const tStage = await getTranslations("wizard.stageNames");
  const step = await getPersonasStep({ actor: user, projectId: project.id, genderLabel: (code) => tGender(code) });
  const channels = await getProjectChannels({ actor: user, projectId: project.id });
  return (
    <StepFrame
      slug="personas"
      projectId={project.id}
      meta={step.meta}
      commentItems={personaStepItems(
        step.personas,
        step.stages.map((s) => ({ id: s.id, name: stageName(s.name, (code) => tStage(code)) })),
      )}
      namespaces={["tagInput", "autosave", "channels", "competitors", "fit", "customerDraft", "evidence", "planEvidence"]}
    >
      {step.offerings.length === 0 ? (
        <div className="space-y-2 rounded-lg border border-dashed border-slate-300 bg-white p-6">
          <h2 className="text-lg font-semibold">{t("empty.title")}</h2>
          <p className="text-sm text-slate-700">{t("empty.body")}</p>
          <Link href={stepHref(project.id, "offerings")} className="inline-block font-semibold text-brand-700 underline">
            {t("empty.link")}
          </Link>
        </div>
      ) : (
        <ProjectChannelsProvider projectId={project.id} initial={channels}>
          <PersonasForm
            projectId={project.id}
            canEdit={can(project.role, "step.edit")}
            nextHref={nextStepHref(project.id, "personas")}
            offerings={step.offerings}
            competitors={step.competitors}
            defaults={step.defaults}
            stages={step.stages.map((stage) => ({ ...stage, label: stageName(stage.name, (code) => tStage(code)) }))}
            planItems={step.planItems}
            integrationHref={stepHref(project.id, "integration")}
            initialValues={{ version: step.version, personas: step.personas, stages: step.stages }}
          />
        </ProjectChannelsProvider>
      )}
    </StepFrame>
  );
}
