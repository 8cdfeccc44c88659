import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { integrationItems } from "@/components/comments/step-items";
import { ProjectChannelsProvider } from "@/components/wizard/channels/project-channels";
import { IntegrationForm } from "@/components/wizard/integration/integration-form";
import { StepFrame, stepMetadata } from "@/components/wizard/step-frame";
import { getIntegrationStep } from "@/db/queries/integration-step";
import { getProjectChannels } from "@/db/queries/project-channels";
import { can } from "@/lib/permissions";
import { loadProject } from "@/lib/projects/load-project";
import { channelName } from "@/lib/wizard/channel-names";
import { nextStepHref, stepHref } from "@/lib/wizard/steps";

export const generateMetadata = () => stepMetadata("integration");

export default async function IntegrationStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("integration");
  const step = await getIntegrationStep({ actor: user, projectId: project.id });
  const channels = await getProjectChannels({ actor: user, projectId: project.id });
  const tChannels = await getTranslations("competitors");
  const channelNames = new Map(channels.map((c) => [c.id, channelName(c.name, (code) => tChannels(`networkLabels.${code}`))]));
  const noOfferings = step.offerings.length === 0;
  return (
    <StepFrame
      slug="integration"
      projectId={project.id}
      meta={step.meta}
      commentItems={integrationItems(
        step.contentIdeas,
        step.campaigns.map((c) => ({ ...c, channel: channelNames.get(c.channelId) ?? "" })),
        step.offerings,
      )}
      namespaces={["channels", "competitors"]}
    >
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
        <ProjectChannelsProvider projectId={project.id} initial={channels}>
          <IntegrationForm
            projectId={project.id}
            canEdit={can(project.role, "step.edit")}
            nextHref={nextStepHref(project.id, "integration")}
            offerings={step.offerings}
            personas={step.personas}
            stages={step.stages}
            initialValues={{
              version: step.version,
              contentIdeas: step.contentIdeas,
              socialPlans: step.socialPlans,
              campaigns: step.campaigns,
            }}
          />
        </ProjectChannelsProvider>
      )}
    </StepFrame>
  );
}
