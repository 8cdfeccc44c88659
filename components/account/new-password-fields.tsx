"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { PasswordInput } from "@/components/ui/password-input";
import { PASSWORD_MIN } from "@/lib/validation/auth";

/** A new password and its confirmation, as changing it on the account page and resetting it by email both ask. */
export function NewPasswordFields({
  newPassword,
  confirmPassword,
  errors,
}: {
  newPassword: UseFormRegisterReturn<"newPassword">;
  confirmPassword: UseFormRegisterReturn<"confirmPassword">;
  errors: { newPassword?: string; confirmPassword?: string };
}) {
  const t = useTranslations("account");
  return (
    <>
      <Field id="newPassword" label={t("newPassword")} hint={t("newPasswordHint", { min: PASSWORD_MIN })} error={errors.newPassword}>
        {(control) => <PasswordInput {...control} {...newPassword} autoComplete="new-password" />}
      </Field>
      <Field id="confirmPassword" label={t("confirmPassword")} error={errors.confirmPassword}>
        {(control) => <PasswordInput {...control} {...confirmPassword} autoComplete="new-password" />}
      </Field>
    </>
  );
}
