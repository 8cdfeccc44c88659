"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert, useErrorMessage } from "@/components/ui/field";
import { acceptInvitationAction } from "@/lib/actions/invitations";

/** Joining happens only on this POST; opening the link never joins anyone. */
export function AcceptInvitation({ token }: { token: string }) {
  const t = useTranslations("members.invite");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const accept = () =>
    startTransition(async () => {
      setError(undefined);
      // Success redirects to the project; a refusal re-renders this page with its reason.
      const result = await acceptInvitationAction({ token });
      if (!result.ok) setError(errorMessage(result.formError));
      else router.refresh();
    });
  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <Button onClick={accept} disabled={pending}>
        {pending ? t("accepting") : t("accept")}
      </Button>
    </div>
  );
}
