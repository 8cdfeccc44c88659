"use client";

import { Controller } from "react-hook-form";
import { useErrorMessage } from "@/components/ui/field";
import { DECISION_ROLES, type DecisionRole } from "@/lib/validation/personas-step";
import { usePersonaFieldKit } from "./persona-field-kit";

/** Every part the persona plays in the purchase, and whether someone in between must be won over too. */
export function PersonaDecisionFields({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const errorMessage = useErrorMessage();
  const roleId = kit.id("decisionRoles");
  const roleError = errorMessage(kit.error("decisionRoles"));
  const intermediaryId = kit.id("needsIntermediary");
  const describedBy = [roleError ? `${roleId}-error` : "", `${roleId}-hint`].filter(Boolean).join(" ");

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Controller
        control={kit.control}
        name={kit.path("decisionRoles")}
        render={({ field }) => {
          const ticked: readonly DecisionRole[] = field.value ?? [];
          // Kept in the form's order, so a reload lists them the same way.
          const toggle = (role: DecisionRole, on: boolean) =>
            field.onChange(DECISION_ROLES.filter((r) => (r === role ? on : ticked.includes(r))));
          return (
            <fieldset id={roleId} className="space-y-2" aria-describedby={describedBy} aria-invalid={roleError ? true : undefined}>
              <legend className="text-sm font-medium text-slate-900">{kit.label("decisionRoles")}</legend>
              {DECISION_ROLES.map((role) => (
                <label key={role} className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={field.name}
                    value={role}
                    checked={ticked.includes(role)}
                    onChange={(e) => toggle(role, e.target.checked)}
                    onBlur={field.onBlur}
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
              ))}
              {roleError ? (
                <p id={`${roleId}-error`} className="text-sm font-medium text-red-700">
                  {roleError}
                </p>
              ) : null}
            </fieldset>
          );
        }}
      />
      <div className="space-y-4">
        <p id={`${roleId}-hint`} className="rounded-md bg-slate-50 p-3 text-xs text-slate-700">
          {kit.hint("decisionRoles")}
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
