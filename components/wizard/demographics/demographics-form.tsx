"use client";

import { saveDemographicsStepAction } from "@/lib/actions/save-demographics-step";
import { demographicsStepSchema, type DemographicsStepInput } from "@/lib/validation/demographics-step";
import { StepForm, type StepFormProps } from "../step-form";
import { useStepForm } from "../use-step-form";
import { DemographicFields } from "./demographic-fields";
import { SocioculturalFields } from "./sociocultural-fields";

export function DemographicsForm({
  projectId,
  canEdit,
  nextHref,
  currentYear,
  initialValues,
}: StepFormProps<DemographicsStepInput> & {
  /** From the server, so both renders agree on the birth years shown next to the ages. */
  currentYear: number;
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
      <DemographicFields disabled={!canEdit} currentYear={currentYear} />
      <SocioculturalFields disabled={!canEdit} />
    </StepForm>
  );
}
