"use client";

import { useErrorMessage } from "@/components/ui/field";
import { DECISION_ROLES } from "@/lib/validation/personas-step";
import { usePersonaFieldKit } from "./persona-field-kit";

/** The persona's part in the purchase, and whether someone in between must be won over too. */
export function PersonaDecisionFields({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const errorMessage = useErrorMessage();
  const roleId = kit.id("decisionRole");
  const roleError = errorMessage(kit.error("decisionRole"));
  const intermediaryId = kit.id("needsIntermediary");
  const describedBy = [roleError ? `${roleId}-error` : "", `${roleId}-hint`].filter(Boolean).join(" ");

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <fieldset className="space-y-2" aria-describedby={describedBy}>
        <legend id={`${roleId}-legend`} className="text-sm font-medium text-slate-900">
          {kit.label("decisionRole")}
        </legend>
        <div role="radiogroup" aria-labelledby={`${roleId}-legend`} aria-invalid={roleError ? true : undefined} className="space-y-2">
          {DECISION_ROLES.map((role) => (
            <div key={role}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  {...kit.radio(kit.path("decisionRole"), role)}
                  disabled={disabled}
                  aria-describedby={`${roleId}-${role}`}
                  className="mt-1"
                />
                <span>
                  <span className="font-medium">{kit.t(`roles.${role}.label`)}</span>
                  <span id={`${roleId}-${role}`} className="block text-xs text-slate-600">
                    {kit.t(`roles.${role}.help`)}
                  </span>
                </span>
              </label>
            </div>
          ))}
        </div>
        {roleError ? (
          <p id={`${roleId}-error`} className="text-sm font-medium text-red-700">
            {roleError}
          </p>
        ) : null}
      </fieldset>
      <div className="space-y-4">
        <p id={`${roleId}-hint`} className="rounded-md bg-slate-50 p-3 text-xs text-slate-700">
          {kit.hint("decisionRole")}
        </p>
        <div className="space-y-1">
          <label htmlFor={intermediaryId} className="flex items-start gap-2 text-sm font-medium text-slate-900">
            <input
              id={intermediaryId}
              type="checkbox"
              {...kit.checkbox(kit.path("needsIntermediary"))}
              disabled={disabled}
              aria-describedby={`${intermediaryId}-hint`}
              className="mt-1"
            />
            {kit.label("needsIntermediary")}
          </label>
          <p id={`${intermediaryId}-hint`} className="pl-6 text-xs text-slate-600">
            {kit.hint("needsIntermediary")}
          </p>
        </div>
      </div>
    </div>
  );
}
