import { getTranslations } from "next-intl/server";
import { DecisionNudge } from "@/components/wizard/demographics/decision-nudge";
import { DemographicsForm } from "@/components/wizard/demographics/demographics-form";
import { StepFrame, stepMetadata } from "@/components/wizard/step-frame";
import { getDemographicsStep } from "@/db/queries/demographics-step";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions";
import { loadProject } from "@/lib/projects/load-project";
import { GENDER_SUGGESTIONS, type GenderLabels, type GenderSuggestion } from "@/lib/validation/demographics-step";
import { nextStepHref, stepHref } from "@/lib/wizard/steps";

export const generateMetadata = () => stepMetadata("demographics");

/** Each gender choice's label in every locale, so entries saved in another language still tick their box. */
async function genderLabels(): Promise<GenderLabels> {
  // Read from the catalogues themselves: translators follow the request's locale only.
  const catalogues = await Promise.all(LOCALES.map(loadMessages));
  const options = catalogues.map((m) => m.demographics.genderOptions);
  return Object.fromEntries(GENDER_SUGGESTIONS.map((key) => [key, options.map((o) => o[key])])) as Record<GenderSuggestion, string[]>;
}

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
        genderLabels={await genderLabels()}
        initialValues={values}
      />
    </StepFrame>
  );
}
