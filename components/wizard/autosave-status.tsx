"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/components/ui/field";
import type { AutosaveState } from "./autosave";
import { RemovalDialog } from "./removal-dialog";
import type { AutosaveApi } from "./use-autosave";
import { leaveWithoutWarning } from "./use-unsaved-changes-warning";

const TONE: Record<AutosaveState["kind"], string> = {
  saved: "text-green-800",
  pending: "text-slate-700",
  saving: "text-slate-700",
  invalid: "text-red-800",
  offline: "text-amber-900",
  unreachable: "text-amber-900",
  conflict: "text-red-800",
  confirm: "text-red-800",
  refused: "text-red-800",
};

/**
 * The status line of an autosaved form, announced politely as it changes, with what each
 * failure needs: the choice after a conflict, the confirmation of removals that take other
 * rows with them, and a way to the first field to fix. `children` are the form's own buttons.
 */
export function AutosaveStatus({
  autosave,
  onShowErrors,
  children,
}: {
  autosave: AutosaveApi;
  onShowErrors?: () => void;
  children?: ReactNode;
}) {
  const t = useTranslations("autosave");
  const tWizard = useTranslations("wizard");
  const errorMessage = useErrorMessage();
  const { state } = autosave;
  const message = state.kind === "refused" ? t("refused", { reason: errorMessage(state.code) ?? "" }) : t(state.kind);
  return (
    <div className="sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className={`text-sm font-medium ${TONE[state.kind]}`}>
          {message}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          {state.kind === "invalid" && onShowErrors ? (
            <Button variant="secondary" onClick={onShowErrors}>
              {t("showErrors")}
            </Button>
          ) : null}
          {children}
        </div>
      </div>
      {state.kind === "conflict" ? (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => leaveWithoutWarning(() => window.location.reload())}>
            {tWizard("reloadTheirs")}
          </Button>
          {state.currentVersion !== undefined ? (
            <Button variant="danger" onClick={() => void autosave.overwrite(state.currentVersion!)}>
              {tWizard("overwrite")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <RemovalDialog
        dependents={state.kind === "confirm" ? state.dependents : undefined}
        onConfirm={() => void autosave.confirmRemovals()}
        onClose={autosave.cancelRemovals}
      />
    </div>
  );
}
