"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useErrorMessage } from "@/components/ui/field";
import { PROJECT_KINDS } from "@/lib/projects/kinds";

/**
 * The kinds of business as radio cards, each with a line saying what it covers, so the
 * choice reads as a question about the business rather than a technical setting.
 */
export function KindChoices({
  idPrefix,
  registration,
  error,
  narrow,
}: {
  idPrefix: string;
  registration: UseFormRegisterReturn<"kind">;
  error?: string;
  /** One column, for a dialog. */
  narrow?: boolean;
}) {
  const t = useTranslations("projectKind");
  const message = useErrorMessage()(error);
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset className="space-y-2" aria-describedby={message ? `${errorId} ${hintId}` : hintId}>
      <legend className="text-sm font-medium text-slate-900">{t("label")}</legend>
      <p id={hintId} className="text-xs text-slate-600">
        {t("hint")}
      </p>
      <div className={narrow ? "grid gap-2" : "grid gap-2 sm:grid-cols-2 lg:grid-cols-3"}>
        {PROJECT_KINDS.map((kind) => (
          <div
            key={kind}
            className="rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <label className="flex cursor-pointer items-start gap-2 font-medium text-slate-900">
              <input type="radio" {...registration} value={kind} aria-describedby={`${idPrefix}-${kind}-hint`} className="mt-1" />
              {t(`kinds.${kind}.label`)}
            </label>
            <span id={`${idPrefix}-${kind}-hint`} className="block pl-5 text-xs text-slate-600">
              {t(`kinds.${kind}.hint`)}
            </span>
          </div>
        ))}
      </div>
      {message ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}
