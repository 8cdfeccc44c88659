"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import * as z from "zod/mini";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, FormAlert } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { dismissFindingAction } from "@/lib/actions/coach";
import { DISMISS_REASON_MAX, dismissFindingSchema } from "@/lib/validation/coach";

/**
 * "Dismiss…" opens a reason field under the finding; the reason is checked here with the
 * action's own schema, then a confirmation says what dismissing does. A refusal keeps the text.
 */
export function DismissFinding({ projectId, rule, subject, what }: { projectId: string; rule: string; subject: string; what: string }) {
  const t = useTranslations("coach.dismiss");
  const { pending, error, fieldErrors, run } = useRefreshingAction();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();
  const id = `dismiss-${rule}-${subject}`.replace(/[^\w-]/g, "-");
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} aria-label={t("openLabel", { what })}>
        {t("open")}
      </Button>
    );
  }
  const values = { rule, subject, reason };
  return (
    <form
      aria-label={t("openLabel", { what })}
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = z.safeParse(dismissFindingSchema, values);
        const issue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === "reason");
        setReasonError(issue?.message);
        if (!issue) setConfirming(true);
      }}
    >
      <Field
        id={id}
        label={t("reason")}
        hint={t("reasonHint")}
        error={reasonError ?? fieldErrors.reason}
        counter={{ length: reason.trim().length, max: DISMISS_REASON_MAX }}
      >
        {(control) => (
          <textarea {...control} rows={2} className={inputClass} value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Field>
      <div className="flex gap-3">
        <Button type="submit">{t("submit")}</Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
      <FormAlert message={confirming ? undefined : error} />
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        confirmLabel={t("confirm")}
        pending={pending}
        onConfirm={() =>
          run(
            () => dismissFindingAction(projectId, values),
            () => setConfirming(false),
          )
        }
        onClose={() => setConfirming(false)}
      >
        <p>{t("confirmBody")}</p>
        <FormAlert message={error} />
      </ConfirmDialog>
    </form>
  );
}
