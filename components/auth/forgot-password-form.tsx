"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { requestPasswordResetAction } from "@/lib/actions/password-reset";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/validation/account-email";

/** The address stays in the field after sending, so a typo can be fixed and sent again. */
export function ForgotPasswordForm() {
  const t = useTranslations("passwordReset");
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text?: string }>({ tone: "error" });
  const form = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage({ tone: "error" });
    const result = await requestPasswordResetAction(values);
    if (result.ok) return setMessage({ tone: "success", text: t("sent", { email: result.data.email }) });
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof ForgotPasswordInput, { message: code }, { shouldFocus: true });
    }
    if (!result.fieldErrors) setMessage({ tone: "error", text: errorMessage(result.formError) });
  });

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <FormAlert message={message.text} tone={message.tone} />
      <Field id="email" label={t("emailLabel")} error={errors.email?.message}>
        {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
