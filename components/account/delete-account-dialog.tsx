"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, inputClass, useErrorMessage } from "@/components/ui/field";
import { Modal } from "@/components/ui/modal";
import { PasswordInput } from "@/components/ui/password-input";
import { deleteAccountAction } from "@/lib/actions/delete-account";
import { deleteAccountSchema, type DeleteAccountInput } from "@/lib/validation/delete-account";

const EMPTY: DeleteAccountInput = { password: "", confirmation: "" };

/** The button, and the dialog that asks for the password and the typed-out email before the account goes. */
export function DeleteAccountDialog({ email }: { email: string }) {
  const t = useTranslations("myData");
  const tCommon = useTranslations("common");
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string>();
  const form = useForm<DeleteAccountInput>({ resolver: zodResolver(deleteAccountSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    // Success signs out and leaves for the home page; only a refusal returns here.
    const result = await deleteAccountAction(values);
    if (!result || result.ok) return;
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as keyof DeleteAccountInput, { message: code }, { shouldFocus: true });
    }
    if (!result.fieldErrors) setFormError(errorMessage(result.formError));
  });

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t("deleteButton")}
      </Button>
      <Modal open={open} title={t("confirmTitle")} description={t("confirmBody")} onClose={() => setOpen(false)}>
        {/* method="post": a submit before hydration must never put the password in the address. */}
        <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
          <FormAlert message={formError} />
          <Field id="delete-password" label={t("password")} error={errors.password?.message}>
            {(control) => <PasswordInput {...control} {...form.register("password")} autoComplete="current-password" />}
          </Field>
          <Field id="delete-confirmation" label={t("confirmation", { email })} error={errors.confirmation?.message}>
            {(control) => (
              <input
                {...control}
                {...form.register("confirmation")}
                type="email"
                autoComplete="off"
                spellCheck={false}
                className={inputClass}
              />
            )}
          </Field>
          <div className="flex justify-end gap-3">
            {/* Cancel comes first and is the safe default, as in every confirmation here. */}
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tCommon("cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={isSubmitting}>
              {isSubmitting ? t("deleting") : t("confirm")}
            </Button>
          </div>
        </form>
      </Modal>
    </>
  );
}
