import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { StepComments } from "@/components/comments/step-comments";
import { StepReview } from "@/components/reviews/step-review";
import { DecisionNudge } from "@/components/wizard/demographics/decision-nudge";
import { DemographicsForm } from "@/components/wizard/demographics/demographics-form";
import { StepHeader } from "@/components/wizard/step-header";
import { getDemographicsStep } from "@/db/queries/demographics-step";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { GENDER_SUGGESTIONS, type GenderLabels, type GenderSuggestion } from "@/lib/validation/demographics-step";
import { nextStepHref, stepHref } from "@/lib/wizard/steps";
import { loadProject } from "../load-project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.steps"))("demographics") };
}

/** Each gender choice's label in every locale, so entries saved in another language still tick their box. */
async function genderLabels(): Promise<GenderLabels> {
  // Read from the catalogues themselves: translators follow the request's locale only.
  const catalogues = await Promise.all(LOCALES.map(loadMessages));
  const options = catalogues.map((m) => (m.demographics as { genderOptions: Record<GenderSuggestion, string> }).genderOptions);
  return Object.fromEntries(GENDER_SUGGESTIONS.map((key) => [key, options.map((o) => o[key])])) as Record<GenderSuggestion, string[]>;
}

export default async function DemographicsStepPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const t = await getTranslations("demographics");
  const { meta, ...values } = await getDemographicsStep({ actor: user, projectId: project.id });
  return (
    <section aria-labelledby="step-title" className="space-y-6">
      <StepHeader title={t("title")} lead={<p>{t("lead")}</p>} completeHint={t("completeHint")} meta={meta} />
      <StepReview projectId={project.id} step={3} />
      <DecisionNudge title={t("nudge.title")} body={t("nudge.body")} linkLabel={t("nudge.link")} href={stepHref(project.id, "personas")} />
      <ClientMessages namespaces={["demographics", "wizard", "tagInput"]}>
        <DemographicsForm
          projectId={project.id}
          canEdit={project.role !== "mentor"}
          nextHref={nextStepHref(project.id, "demographics")}
          currentYear={new Date().getFullYear()}
          genderLabels={await genderLabels()}
          initialValues={values}
        />
      </ClientMessages>
      <StepComments projectId={project.id} step={3} items={[]} />
    </section>
  );
}
