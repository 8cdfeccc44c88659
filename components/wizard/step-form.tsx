"use client";

import type { ReactNode } from "react";
import { FormProvider, type FieldValues } from "react-hook-form";
import { StepFormFooter } from "./step-form-footer";
import type { StepFormApi } from "./use-step-form";

/** What a step's page hands to the step's form. */
export interface StepFormProps<T> {
  projectId: string;
  canEdit: boolean;
  nextHref: string;
  initialValues: T;
}

/**
 * The form of a wizard step around its fields: the form context, submit-to-save without
 * the browser's own validation, and the save footer (with conflicts and removal
 * confirmations) for those who may edit. A step's form only declares its fields.
 */
export function StepForm<T extends FieldValues & { version: number }>({
  step,
  canEdit,
  className,
  children,
}: {
  /** What useStepForm returned. */
  step: StepFormApi<T>;
  canEdit: boolean;
  className: string;
  children: ReactNode;
}) {
  return (
    <FormProvider {...step.form}>
      <form onSubmit={step.save(false)} noValidate className={className}>
        {children}
        {canEdit ? <StepFormFooter step={step} /> : null}
      </form>
    </FormProvider>
  );
}
