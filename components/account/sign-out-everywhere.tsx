"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert, useErrorMessage } from "@/components/ui/field";
import { signOutEverywhereAction } from "@/lib/actions/sign-out";

export function SignOutEverywhere() {
  const t = useTranslations("account");
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  // On success the action redirects to the sign-in page; only a refusal comes back here.
  const confirm = () =>
    startTransition(async () => {
      const result = await signOutEverywhereAction({});
      if (result && !result.ok) setFormError(errorMessage(result.formError));
    });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t("everywhereButton")}
      </Button>
      <ConfirmDialog
        open={open}
        title={t("everywhereConfirmTitle")}
        confirmLabel={pending ? t("signingOut") : t("everywhereConfirm")}
        pending={pending}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      >
        <p>{t("everywhereConfirmBody")}</p>
        <FormAlert message={formError} />
      </ConfirmDialog>
    </>
  );
}
