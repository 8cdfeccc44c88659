"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { $ZodType } from "zod/v4/core";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import type { ReviewStatus } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/safe-action";
import { MAX_REVIEW_NOTE_LENGTH, REVIEW_STATUSES } from "@/lib/validation/step-reviews";

export interface VerdictCopy {
  title: string;
  lead?: string;
  status: string;
  statuses: Record<ReviewStatus, string>;
  note: string;
  noteHint: string;
  submit: string;
  saved: string;
}

type Verdict = FieldValues & { status: ReviewStatus; note: string };

/**
 * A mentor's verdict, a status and a note (required when asking for changes), on whatever is
 * reviewed: a step or a saved version. The caller brings the form's schema and its action.
 */
export function VerdictForm<V extends Verdict>({
  id,
  copy,
  schema,
  defaultValues,
  save,
  onSaved,
  className = "",
}: {
  id: string;
  copy: VerdictCopy;
  schema: $ZodType<V>;
  defaultValues: DefaultValues<V>;
  save: (values: V) => Promise<ActionResult<unknown>>;
  onSaved?: () => void;
  className?: string;
}) {
  const tErrors = useErrorMessage();
  const [status, setStatus] = useState<{ tone: "error" | "success"; message?: string }>();
  const form = useForm<V>({ resolver: zodResolver(schema as never) as unknown as Resolver<V>, defaultValues });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(undefined);
    const result = await save(values);
    if (result.ok) {
      setStatus({ tone: "success", message: copy.saved });
      onSaved?.();
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) form.setError(name as Path<V>, { message: code });
    setStatus({ tone: "error", message: tErrors(result.formError) });
  });
  const statusError = tErrors(errors.status?.message as string | undefined);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className={`space-y-3 rounded-lg border border-slate-200 bg-white p-4 ${className}`}
    >
      <div className="space-y-1">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {copy.title}
        </h2>
        {copy.lead ? <p className="text-sm text-slate-700">{copy.lead}</p> : null}
      </div>
      <FormAlert message={status?.message} tone={status?.tone} />
      <fieldset aria-describedby={statusError ? `${id}-status-error` : undefined} className="space-y-1">
        <legend className="text-sm font-medium text-slate-900">{copy.status}</legend>
        <div className="flex flex-wrap gap-4">
          {REVIEW_STATUSES.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" value={value} {...form.register("status" as Path<V>)} />
              {copy.statuses[value]}
            </label>
          ))}
        </div>
        {statusError ? (
          <p id={`${id}-status-error`} className="text-sm font-medium text-red-700">
            {statusError}
          </p>
        ) : null}
      </fieldset>
      <Field id={`${id}-note`} label={copy.note} hint={copy.noteHint} error={errors.note?.message as string | undefined}>
        {(control) => (
          <textarea {...control} {...form.register("note" as Path<V>)} rows={3} maxLength={MAX_REVIEW_NOTE_LENGTH} className={inputClass} />
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {copy.submit}
      </Button>
    </form>
  );
}
