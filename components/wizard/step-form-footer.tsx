"use client";

import { useTranslations } from "next-intl";
import type { FieldValues } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { RemovalDialog } from "./removal-dialog";
import type { StepFormApi } from "./use-step-form";
import { leaveWithoutWarning } from "./use-unsaved-changes-warning";

const busyClass = "aria-disabled:cursor-progress aria-disabled:opacity-70";

/** Saving, the outcome, the choice after a conflict and the confirmation of removals that take other rows. */
export function StepFormFooter<T extends FieldValues & { version: number }>({ step }: { step: StepFormApi<T> }) {
  const t = useTranslations("wizard");
  const tCommon = useTranslations("common");
  const { status, pendingRemoval } = step;
  const { isDirty, isSubmitting } = step.form.formState;
  const conflictVersion = status?.conflictVersion;
  return (
    <div className="sticky bottom-0 z-10 -mx-4 space-y-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
      <FormAlert tone={status?.tone} message={status?.message} />
      {conflictVersion !== undefined ? (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => leaveWithoutWarning(() => window.location.reload())}>
            {t("reloadTheirs")}
          </Button>
          <Button variant="danger" onClick={() => step.overwrite(conflictVersion)}>
            {t("overwrite")}
          </Button>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center justify-end gap-3">
        {isDirty ? <span className="mr-auto text-sm text-slate-600">{t("unsavedChanges")}</span> : null}
        {/* aria-disabled, not disabled, while saving: disabling the focused button would drop
            the focus to the page body, and a keyboard user would start again from the top.
            useStepForm ignores a second save while one is in flight. */}
        <Button type="submit" variant="secondary" aria-disabled={isSubmitting} className={busyClass}>
          {isSubmitting ? tCommon("saving") : tCommon("save")}
        </Button>
        <Button onClick={step.save(true)} aria-disabled={isSubmitting} className={busyClass}>
          {tCommon("saveAndContinue")}
        </Button>
      </div>
      <RemovalDialog dependents={pendingRemoval?.dependents} onConfirm={step.confirmRemoval} onClose={step.cancelRemoval} />
    </div>
  );
}
