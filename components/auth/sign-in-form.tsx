"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass } from "@/components/ui/field";
import { PasswordInput } from "@/components/ui/password-input";
import { signInAction } from "@/lib/actions/sign-in";
import { signInSchema, type SignInInput } from "@/lib/validation/auth";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const [formError, setFormError] = useState<string>();
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signInAction(values, next);
    if (result && !result.ok) {
      setFormError(t(result.formError === "locked" ? "locked" : result.formError === "unavailable" ? "unavailable" : "invalidCredentials"));
      form.setValue("password", "");
      form.setFocus("password");
    }
  });

  // method="post": a submit before hydration must never put the password in the URL.
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <FormAlert message={formError} />
      <Field id="email" label={t("email")} error={errors.email?.message}>
        {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field id="password" label={t("password")} error={errors.password?.message}>
        {(control) => <PasswordInput {...control} {...form.register("password")} autoComplete="current-password" />}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("submittingSignIn") : t("submitSignIn")}
      </Button>
    </form>
  );
}
