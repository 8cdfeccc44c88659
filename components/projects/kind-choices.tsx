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
          <label
            key={kind}
            className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input type="radio" {...registration} value={kind} aria-describedby={`${idPrefix}-${kind}-hint`} className="mt-1" />
            <span>
              <span className="block font-medium text-slate-900">{t(`kinds.${kind}.label`)}</span>
              <span id={`${idPrefix}-${kind}-hint`} className="block text-xs text-slate-600">
                {t(`kinds.${kind}.hint`)}
              </span>
            </span>
          </label>
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
