"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { saveVersionAction } from "@/lib/actions/plan-versions";
import { MAX_VERSION_NAME_LENGTH, saveVersionSchema, type SaveVersionInput } from "@/lib/validation/plan-versions";

/** Names and saves the plan as it is now; the name stays in the field when the save fails. */
export function SaveVersionForm({ projectId }: { projectId: string }) {
  const t = useTranslations("versions.save");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "error" | "success"; message?: string }>();
  const form = useForm<SaveVersionInput>({ resolver: zodResolver(saveVersionSchema), defaultValues: { name: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(undefined);
    const result = await saveVersionAction(projectId, values);
    if (result.ok) {
      setStatus({ tone: "success", message: t("saved", { number: result.data.number }) });
      form.reset();
      router.refresh();
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof SaveVersionInput, { message: code }, { shouldFocus: true });
    }
    if (!result.fieldErrors) setStatus({ tone: "error", message: errorMessage(result.formError) });
  });

  return (
    <section aria-labelledby="save-version-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <div className="space-y-1">
        <h2 id="save-version-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-700">{t("lead")}</p>
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <FormAlert message={status?.message} tone={status?.tone} />
        <Field id="version-name" label={t("name")} error={errors.name?.message} className="max-w-md">
          {(control) => (
            <input {...control} {...form.register("name")} maxLength={MAX_VERSION_NAME_LENGTH} autoComplete="off" className={inputClass} />
          )}
        </Field>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("submit")}
        </Button>
      </form>
    </section>
  );
}
