"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert } from "@/components/ui/field";
import { deleteAllCustomerDataAction } from "@/lib/actions/customer-data";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";

/** The owner's wipe of every imported line and estimate, after a confirmation. */
export function DeleteCustomerData({ projectId }: { projectId: string }) {
  const t = useTranslations("customers.delete");
  const { pending, error, run } = useRefreshingAction();
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{t("help")}</p>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t("button")}
      </Button>
      <ConfirmDialog
        open={open}
        title={t("confirmTitle")}
        confirmLabel={t("confirm")}
        pending={pending}
        onConfirm={() =>
          run(
            () => deleteAllCustomerDataAction(projectId, {}),
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
