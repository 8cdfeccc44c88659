"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { Button } from "@/components/ui/button";
import { ResetLinkRefused } from "./reset-link-refused";
import { FormAlert, useErrorMessage } from "@/components/ui/field";
import { resetPasswordAction } from "@/lib/actions/password-reset";
import type { AccountLinkRefusal } from "@/db/queries/account-links";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/validation/account-email";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("passwordReset");
  const errorMessage = useErrorMessage();
  const [formError, setFormError] = useState<string>();
  // The link can stop working while the form is open (used in another tab, or expired).
  const [refused, setRefused] = useState<AccountLinkRefusal>();
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    // Success signs in and redirects; only a refusal comes back.
    const result = await resetPasswordAction(values);
    if (result.ok) return setRefused(result.data.reason);
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof ResetPasswordInput, { message: code }, { shouldFocus: true });
    }
    if (!result.fieldErrors) setFormError(errorMessage(result.formError));
  });

  if (refused) return <ResetLinkRefused reason={refused} inForm />;

  // method="post": a submit before hydration must never put a password in the URL.
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <FormAlert message={formError} />
      <NewPasswordFields
        newPassword={form.register("newPassword")}
        confirmPassword={form.register("confirmPassword")}
        errors={{ newPassword: errors.newPassword?.message, confirmPassword: errors.confirmPassword?.message }}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
