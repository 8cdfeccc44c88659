"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import type { ReviewStatus } from "@/db/schema";
import { setStepReviewAction } from "@/lib/actions/step-reviews";
import { MAX_REVIEW_NOTE_LENGTH, REVIEW_STATUSES, stepReviewSchema, type StepReviewInput } from "@/lib/validation/step-reviews";

/** The mentor's "Review this step": a status and a note, required when asking for changes. */
export function ReviewForm({
  projectId,
  step,
  initial,
}: {
  projectId: string;
  step: number;
  initial?: { status: ReviewStatus; note: string };
}) {
  const t = useTranslations("comments.review");
  const tErrors = useErrorMessage();
  const [status, setStatus] = useState<{ tone: "error" | "success"; message?: string }>();
  const form = useForm<StepReviewInput>({
    resolver: zodResolver(stepReviewSchema),
    defaultValues: { step, status: initial?.status, note: initial?.note ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(undefined);
    const result = await setStepReviewAction(projectId, values);
    if (result.ok) {
      setStatus({ tone: "success", message: t("saved") });
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) form.setError(name as keyof StepReviewInput, { message: code });
    setStatus({ tone: "error", message: tErrors(result.formError) });
  });
  const statusError = tErrors(errors.status?.message);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`review-title-${step}`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={`review-title-${step}`} className="text-base font-semibold">
        {t("formTitle")}
      </h2>
      <FormAlert message={status?.message} tone={status?.tone} />
      <fieldset aria-describedby={statusError ? `review-status-${step}-error` : undefined} className="space-y-1">
        <legend className="text-sm font-medium text-slate-900">{t("status")}</legend>
        <div className="flex flex-wrap gap-4">
          {REVIEW_STATUSES.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" value={value} {...form.register("status")} />
              {t(`statuses.${value}`)}
            </label>
          ))}
        </div>
        {statusError ? (
          <p id={`review-status-${step}-error`} className="text-sm font-medium text-red-700">
            {statusError}
          </p>
        ) : null}
      </fieldset>
      <Field id={`review-note-${step}`} label={t("note")} hint={t("noteHint")} error={errors.note?.message}>
        {(control) => (
          <textarea {...control} {...form.register("note")} rows={3} maxLength={MAX_REVIEW_NOTE_LENGTH} className={inputClass} />
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
