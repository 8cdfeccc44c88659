"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { markStepReadyAction } from "@/lib/actions/step-reviews";
import { MAX_REVIEW_NOTE_LENGTH, stepReadySchema, type StepReadyInput } from "@/lib/validation/step-reviews";

/** The owner's or an editor's "done, please look again", offered while changes are requested. */
export function ReadyForm({ projectId, step, alreadyReady }: { projectId: string; step: number; alreadyReady: boolean }) {
  const t = useTranslations("comments.review");
  const tErrors = useErrorMessage();
  const [status, setStatus] = useState<{ tone: "error" | "success"; message?: string }>();
  const form = useForm<StepReadyInput>({ resolver: zodResolver(stepReadySchema), defaultValues: { step, note: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(undefined);
    const result = await markStepReadyAction(projectId, values);
    if (result.ok) {
      form.reset({ step, note: "" });
      setStatus({ tone: "success", message: t("readySaved") });
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) form.setError(name as keyof StepReadyInput, { message: code });
    setStatus({ tone: "error", message: tErrors(result.formError) });
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`ready-title-${step}`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={`ready-title-${step}`} className="text-base font-semibold">
        {t("readyTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("readyLead")}</p>
      <FormAlert message={status?.message} tone={status?.tone} />
      <Field id={`ready-note-${step}`} label={t("readyNote")} hint={t("readyHint")} error={errors.note?.message}>
        {(control) => (
          <textarea {...control} {...form.register("note")} rows={2} maxLength={MAX_REVIEW_NOTE_LENGTH} className={inputClass} />
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {alreadyReady ? t("readyAgain") : t("readySubmit")}
      </Button>
    </form>
  );
}
