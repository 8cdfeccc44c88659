"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { Modal } from "@/components/ui/modal";
import { duplicateProjectAction } from "@/lib/actions/duplicate-project";
import { duplicateProjectSchema, PROJECT_NAME_MAX, type DuplicateProjectInput } from "@/lib/validation/project";

/** "<name> (copy)", the name shortened first so that the whole still fits a project name. */
function suggestedCopyName(name: string, format: (name: string) => string): string {
  // By code point, so that an emoji is never cut in half into text the database refuses.
  const chars = Array.from(name);
  while (chars.length && format(chars.join("").trimEnd()).length > PROJECT_NAME_MAX) chars.pop();
  return format(chars.join("").trimEnd());
}

/**
 * Copies a project into the user's own account under a name they can change, then opens the
 * copy. `copyName` words the suggested name; the dashboard's "<name> (copy)" otherwise.
 */
export function DuplicateProjectDialog({
  project,
  open,
  onClose,
  copyName,
}: {
  project: { id: string; name: string };
  open: boolean;
  onClose: () => void;
  copyName?: (name: string) => string;
}) {
  const t = useTranslations("dashboard");
  const tCommon = useTranslations("common");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<DuplicateProjectInput>({
    resolver: zodResolver(duplicateProjectSchema),
    values: { name: suggestedCopyName(project.name, copyName ?? ((name) => t("copyName", { name }))) },
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  // Busy from the click until the copy's page replaces the dashboard, not only while the action runs.
  const busy = isSubmitting || isSubmitSuccessful;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await duplicateProjectAction(project.id, values);
    if (result.ok) {
      router.push(`/projects/${result.data.id}`);
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof DuplicateProjectInput, { message: code });
    }
    setFormError(errorMessage(result.formError));
    // Otherwise the refused attempt would count as a success and keep the form busy.
    form.reset(values, { keepErrors: true });
  });
  return (
    <Modal open={open} title={t("duplicateTitle", { name: project.name })} description={t("duplicateBody")} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={formError} />
        <Field id={`duplicate-${project.id}-name`} label={t("duplicateName")} error={errors.name?.message}>
          {(control) => <input {...control} {...form.register("name")} className={inputClass} />}
        </Field>
        <p role="status" className="text-sm text-slate-700">
          {busy ? t("duplicating") : ""}
        </p>
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {tCommon("cancel")}
          </Button>
          <Button type="submit" disabled={busy}>
            {busy ? t("duplicating") : t("duplicateConfirm")}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
