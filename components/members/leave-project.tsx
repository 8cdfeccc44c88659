"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert } from "@/components/ui/field";
import { leaveProjectAction } from "@/lib/actions/members";
import { useMemberAction } from "./use-member-action";

export function LeaveProject({ projectId, projectName }: { projectId: string; projectName: string }) {
  const t = useTranslations("members");
  const { pending, error, run } = useMemberAction();
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("leave")}
      </Button>
      <ConfirmDialog
        open={open}
        title={t("leaveTitle", { project: projectName })}
        confirmLabel={pending ? t("leaving") : t("leave")}
        pending={pending}
        onConfirm={() => run(() => leaveProjectAction(projectId, {}))}
        onClose={() => setOpen(false)}
      >
        <p>{t("leaveBody")}</p>
        <FormAlert message={error} />
      </ConfirmDialog>
    </div>
  );
}
