"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { PasswordInput } from "@/components/ui/password-input";
import { requestEmailChangeAction } from "@/lib/actions/email-change";
import { changeEmailSchema, type ChangeEmailInput } from "@/lib/validation/account-email";

export function ChangeEmailForm() {
  const t = useTranslations("emailChange");
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text?: string }>({ tone: "error" });
  const form = useForm<ChangeEmailInput>({
    resolver: zodResolver(changeEmailSchema),
    defaultValues: { newEmail: "", currentPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage({ tone: "error" });
    const result = await requestEmailChangeAction(values);
    // The password is never kept in the form once it has been sent, whatever the answer.
    form.setValue("currentPassword", "");
    if (result.ok) return setMessage({ tone: "success", text: t("sent", { email: result.data.newEmail }) });
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof ChangeEmailInput, { message: code }, { shouldFocus: true });
    }
    if (!result.fieldErrors) setMessage({ tone: "error", text: errorMessage(result.formError) });
  });

  // method="post": a submit before hydration must never put a password in the URL.
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <FormAlert message={message.text} tone={message.tone} />
      <Field id="newEmail" label={t("newEmail")} error={errors.newEmail?.message}>
        {(control) => <input {...control} {...form.register("newEmail")} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field id="emailCurrentPassword" label={t("currentPassword")} hint={t("currentPasswordHint")} error={errors.currentPassword?.message}>
        {(control) => <PasswordInput {...control} {...form.register("currentPassword")} autoComplete="current-password" />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
