"use client";

import { useTranslations } from "next-intl";
import { FormProvider } from "react-hook-form";
import { saveDemographicsStepAction } from "@/lib/actions/save-demographics-step";
import { demographicsStepSchema, type DemographicsStepInput, type GenderLabels } from "@/lib/validation/demographics-step";
import { StepFormFooter } from "../step-form-footer";
import { useStepForm } from "../use-step-form";
import { DemographicFields } from "./demographic-fields";
import { SocioculturalFields } from "./sociocultural-fields";

export function DemographicsForm({
  projectId,
  canEdit,
  nextHref,
  currentYear,
  genderLabels,
  initialValues,
}: {
  projectId: string;
  canEdit: boolean;
  nextHref: string;
  /** From the server, so both renders agree on the birth years shown next to the ages. */
  currentYear: number;
  /** The inclusive gender choices' labels in every locale. */
  genderLabels: GenderLabels;
  initialValues: DemographicsStepInput;
}) {
  const tWizard = useTranslations("wizard");
  const step = useStepForm({
    schema: demographicsStepSchema,
    projectId,
    initialValues,
    action: saveDemographicsStepAction,
    nextHref,
    savedMessage: tWizard("saved"),
  });
  const { form } = step;
  return (
    <FormProvider {...form}>
      <form onSubmit={step.save(false)} noValidate className="space-y-8">
        <DemographicFields disabled={!canEdit} currentYear={currentYear} genderLabels={genderLabels} />
        <SocioculturalFields disabled={!canEdit} />
        {canEdit ? (
          <StepFormFooter
            status={step.status}
            isDirty={form.formState.isDirty}
            isSubmitting={form.formState.isSubmitting}
            onSaveAndContinue={step.save(true)}
            onOverwrite={step.overwrite}
            pendingRemoval={step.pendingRemoval}
            onConfirmRemoval={step.confirmRemoval}
            onCancelRemoval={step.cancelRemoval}
          />
        ) : null}
      </form>
    </FormProvider>
  );
}
