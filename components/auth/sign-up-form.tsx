"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { PasswordInput } from "@/components/ui/password-input";
import { signUpAction } from "@/lib/actions/sign-up";
import { PASSWORD_MIN, signUpSchema, type SignUpInput } from "@/lib/validation/auth";

export function SignUpForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const errorMessage = useErrorMessage();
  const [formError, setFormError] = useState<string>();
  const form = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signUpAction(values, next);
    if (result && !result.ok) {
      for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(name as keyof SignUpInput, { message: code }, { shouldFocus: true });
      }
      if (!result.fieldErrors) setFormError(errorMessage(result.formError));
    }
  });

  // method="post": a submit before hydration must never put the password in the URL.
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <FormAlert message={formError} />
      <Field id="name" label={t("name")} error={errors.name?.message}>
        {(control) => <input {...control} {...form.register("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <Field id="email" label={t("email")} error={errors.email?.message}>
        {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint", { min: PASSWORD_MIN })} error={errors.password?.message}>
        {(control) => <PasswordInput {...control} {...form.register("password")} autoComplete="new-password" />}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("submittingSignUp") : t("submitSignUp")}
      </Button>
    </form>
  );
}
