"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { createShareLinkAction, type CreatedShareLink } from "@/lib/actions/share-links";
import { createShareLinkSchema, SHARE_LINK_DAYS, type CreateShareLinkInput } from "@/lib/validation/share-links";
import { CopyableLink } from "./share-link";

/** The owner names a read-only link and picks how long it works; the address is shown once. */
export function CreateShareLink({ projectId }: { projectId: string }) {
  const t = useTranslations("shareLinks");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [created, setCreated] = useState<CreatedShareLink>();
  const form = useForm<CreateShareLinkInput>({
    resolver: zodResolver(createShareLinkSchema),
    defaultValues: { label: "", expiresInDays: SHARE_LINK_DAYS.suggested },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setCreated(undefined);
    const result = await createShareLinkAction(projectId, values);
    if (result.ok) {
      setCreated(result.data);
      form.reset();
      router.refresh();
      return;
    }
    // What was typed stays in the fields, so a retry after a failure is one click.
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof CreateShareLinkInput, { message: code }, { shouldFocus: true });
    }
    if (!result.fieldErrors) setFormError(errorMessage(result.formError));
  });

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormAlert message={formError} />
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <Field id="share-link-label" label={t("labelLabel")} hint={t("labelHint")} error={errors.label?.message}>
            {(control) => <input {...control} {...form.register("label")} autoComplete="off" className={inputClass} />}
          </Field>
          <Field id="share-link-days" label={t("daysLabel")} hint={t("daysHint")} error={errors.expiresInDays?.message}>
            {(control) => (
              <input
                {...control}
                {...form.register("expiresInDays", { valueAsNumber: true })}
                type="number"
                inputMode="numeric"
                min={SHARE_LINK_DAYS.min}
                max={SHARE_LINK_DAYS.max}
                step={1}
                className={inputClass}
              />
            )}
          </Field>
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("creating") : t("create")}
        </Button>
      </form>
      {created ? (
        <CopyableLink link={created.link} label={t("linkLabel", { label: created.label })}>
          {t("created", { label: created.label })}
        </CopyableLink>
      ) : null}
    </div>
  );
}
