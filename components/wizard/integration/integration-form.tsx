"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { saveIntegrationStepAction } from "@/lib/actions/save-integration-step";
import { newId } from "@/lib/uuid";
import { stepHref } from "@/lib/wizard/steps";
import {
  blankCampaign,
  blankContentIdea,
  blankSocialPlan,
  integrationStepSchema,
  MAX_ROWS,
  type IntegrationOffering,
  type IntegrationPersona,
  type IntegrationStage,
  type IntegrationStepInput,
} from "@/lib/validation/integration-step";
import { StepForm, type StepFormProps } from "../step-form";
import { useStepForm } from "../use-step-form";
import { CampaignRow } from "./campaign-row";
import { ContentIdeaRow } from "./content-idea-row";
import { ListSection } from "./list-section";
import { SocialPlanRow } from "./social-plan-row";

export function IntegrationForm({
  projectId,
  canEdit,
  nextHref,
  offerings,
  personas,
  stages,
  initialValues,
}: StepFormProps<IntegrationStepInput> & {
  offerings: IntegrationOffering[];
  personas: IntegrationPersona[];
  stages: IntegrationStage[];
}) {
  const t = useTranslations("integration");
  const step = useStepForm({
    schema: integrationStepSchema,
    projectId,
    initialValues,
    action: saveIntegrationStepAction,
    nextHref,
  });
  const { form } = step;
  const ideas = useFieldArray({ control: form.control, name: "contentIdeas", keyName: "key" });
  const plans = useFieldArray({ control: form.control, name: "socialPlans", keyName: "key" });
  const campaigns = useFieldArray({ control: form.control, name: "campaigns", keyName: "key" });
  // With a single persona there is nothing to choose: new rows start on it.
  const onlyPersona = personas.length === 1 ? personas[0]!.id : "";
  const rowProps = { disabled: !canEdit, offerings, personas, stages, personasHref: stepHref(projectId, "personas") };

  return (
    <StepForm step={step} canEdit={canEdit} className="space-y-10">
      <ListSection
        id="content-ideas"
        title={t("content.title")}
        lead={t("content.lead")}
        terms={["journey"]}
        empty={t("content.empty")}
        addLabel={t("content.add")}
        count={ideas.fields.length}
        canEdit={canEdit}
        canAdd={ideas.fields.length < MAX_ROWS}
        onAdd={() =>
          ideas.append(blankContentIdea(newId(), onlyPersona, stages[0]?.id), {
            focusName: `contentIdeas.${ideas.fields.length}.personaId`,
          })
        }
      >
        {ideas.fields.map((field, index) => (
          <li key={field.key}>
            <ContentIdeaRow
              rowId={field.id}
              index={index}
              total={ideas.fields.length}
              onMove={ideas.move}
              onRemove={ideas.remove}
              {...rowProps}
            />
          </li>
        ))}
      </ListSection>

      <ListSection
        id="social-plans"
        title={t("social.title")}
        lead={t("social.lead")}
        empty={t("social.empty")}
        addLabel={t("social.add")}
        count={plans.fields.length}
        canEdit={canEdit}
        canAdd={plans.fields.length < MAX_ROWS}
        onAdd={() => plans.append(blankSocialPlan(newId(), onlyPersona), { focusName: `socialPlans.${plans.fields.length}.personaId` })}
      >
        {plans.fields.map((field, index) => (
          <li key={field.key}>
            <SocialPlanRow
              rowId={field.id}
              index={index}
              total={plans.fields.length}
              onMove={plans.move}
              onRemove={plans.remove}
              {...rowProps}
            />
          </li>
        ))}
      </ListSection>

      <ListSection
        id="campaigns"
        title={t("campaigns.title")}
        lead={t("campaigns.lead")}
        terms={["metric"]}
        empty={t("campaigns.empty")}
        addLabel={t("campaigns.add")}
        count={campaigns.fields.length}
        canEdit={canEdit}
        canAdd={campaigns.fields.length < MAX_ROWS}
        onAdd={() => {
          // A second campaign is usually paid in the same currency as the last one.
          const last = form.getValues("campaigns").at(-1);
          campaigns.append(blankCampaign(newId(), last?.currency), { focusName: `campaigns.${campaigns.fields.length}.offeringId` });
        }}
      >
        {campaigns.fields.map((field, index) => (
          <li key={field.key}>
            <CampaignRow
              rowId={field.id}
              index={index}
              total={campaigns.fields.length}
              onMove={campaigns.move}
              onRemove={campaigns.remove}
              {...rowProps}
            />
          </li>
        ))}
      </ListSection>
    </StepForm>
  );
}
