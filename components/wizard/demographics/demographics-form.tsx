"use client";

import { saveDemographicsStepAction } from "@/lib/actions/save-demographics-step";
import { demographicsStepSchema, type DemographicsStepInput, type GenderLabels } from "@/lib/validation/demographics-step";
import { StepForm, type StepFormProps } from "../step-form";
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
}: StepFormProps<DemographicsStepInput> & {
  /** From the server, so both renders agree on the birth years shown next to the ages. */
  currentYear: number;
  /** The inclusive gender choices' labels in every locale. */
  genderLabels: GenderLabels;
}) {
  const step = useStepForm({
    schema: demographicsStepSchema,
    projectId,
    initialValues,
    action: saveDemographicsStepAction,
    nextHref,
  });
  return (
    <StepForm step={step} canEdit={canEdit} className="space-y-8">
      <DemographicFields disabled={!canEdit} currentYear={currentYear} genderLabels={genderLabels} />
      <SocioculturalFields disabled={!canEdit} />
    </StepForm>
  );
}
