"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert, useErrorMessage } from "@/components/ui/field";
import { confirmEmailChangeAction } from "@/lib/actions/email-change";
import type { EmailChangeRefusal } from "@/db/queries/email-changes";

/** The change happens only on this POST; opening the link (as mail scanners do) changes nothing. */
export function ConfirmEmailChange({ token }: { token: string }) {
  const t = useTranslations("emailChange");
  const errorMessage = useErrorMessage();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [refused, setRefused] = useState<EmailChangeRefusal>();
  const confirm = () =>
    startTransition(async () => {
      setError(undefined);
      // Success redirects to the sign-in page; only a refusal comes back.
      const result = await confirmEmailChangeAction({ token });
      if (!result.ok) setError(errorMessage(result.formError));
      else if (result.data) setRefused(result.data.reason);
    });
  if (refused) {
    return (
      <div role="alert" className="space-y-1">
        <p className="font-semibold">{t(`refused.${refused}.title`)}</p>
        <p className="text-slate-700">{t(`refused.${refused}.body`)}</p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <Button onClick={confirm} disabled={pending}>
        {pending ? t("confirming") : t("confirm")}
      </Button>
    </div>
  );
}
