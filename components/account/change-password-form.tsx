"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, useErrorMessage } from "@/components/ui/field";
import { PasswordInput } from "@/components/ui/password-input";
import { changePasswordAction } from "@/lib/actions/change-password";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/auth";

const EMPTY: ChangePasswordInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** `changed`: the page was reached from a successful change, with this browser's new session. */
export function ChangePasswordForm({ changed }: { changed: boolean }) {
  const t = useTranslations("account");
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text?: string }>(
    changed ? { tone: "success", text: t("passwordChanged") } : { tone: "error" },
  );
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage({ tone: "error" });
    // Success redirects back here with a fresh session; only a refusal returns.
    const result = await changePasswordAction(values);
    if (result.ok) return;
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof ChangePasswordInput, { message: code }, { shouldFocus: true });
    }
    if (!result.fieldErrors) setMessage({ tone: "error", text: errorMessage(result.formError) });
  });

  // method="post": a submit before hydration must never put a password in the URL.
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <FormAlert message={message.text} tone={message.tone} />
      <Field id="currentPassword" label={t("currentPassword")} error={errors.currentPassword?.message}>
        {(control) => <PasswordInput {...control} {...form.register("currentPassword")} autoComplete="current-password" />}
      </Field>
      <NewPasswordFields
        newPassword={form.register("newPassword")}
        confirmPassword={form.register("confirmPassword")}
        errors={{ newPassword: errors.newPassword?.message, confirmPassword: errors.confirmPassword?.message }}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("changingPassword") : t("changePassword")}
      </Button>
    </form>
  );
}
