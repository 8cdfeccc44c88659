"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert } from "@/components/ui/field";
import { restoreFindingAction } from "@/lib/actions/coach";

/** Brings a dismissed finding back after a confirmation: its reason is lost on the way. */
export function RestoreFinding({ projectId, rule, subject, what }: { projectId: string; rule: string; subject: string; what: string }) {
  const t = useTranslations("coach.dismissed");
  const { pending, error, run } = useRefreshingAction();
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={() => setOpen(true)} aria-label={t("restoreLabel", { what })}>
        {t("restore")}
      </Button>
      <FormAlert message={open ? undefined : error} />
      <ConfirmDialog
        open={open}
        title={t("confirmTitle")}
        confirmLabel={t("confirm")}
        pending={pending}
        onConfirm={() =>
          run(
            () => restoreFindingAction(projectId, { rule, subject }),
            () => setOpen(false),
          )
        }
        onClose={() => setOpen(false)}
      >
        <p>{t("confirmBody")}</p>
        <FormAlert message={error} />
      </ConfirmDialog>
    </div>
  );
}
