"use client";

import { useId, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, inputClass } from "@/components/ui/field";
import { COMPANY_SIZES, EMPTY_B2B, hasB2bAnswers, PERSONA_B2B_MAX, type PersonaB2b } from "@/lib/validation/persona-b2b";
import type { PersonasStepInput } from "@/lib/validation/personas-step";
import { FieldHint } from "../field-kit";
import { firstErrorCode } from "../first-error-code";
import { WrittenField } from "../written-field";
import { usePersonaFieldKit } from "./persona-field-kit";

type B2bField = keyof PersonaB2b;

/**
 * "This persona buys for a company" and, once ticked, the company's industry and size, the
 * buyer's job title and the buying committee. The record is null while unticked, so a persona
 * who buys for themselves carries nothing; unticking asks first when anything was written.
 */
export function PersonaB2bFields({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const { setValue, getValues } = useFormContext<PersonasStepInput>();
  const b2b = useWatch<PersonasStepInput, `personas.${number}.b2b`>({ name: `personas.${index}.b2b` }) ?? null;
  const [confirming, setConfirming] = useState(false);
  const toggleId = kit.id("b2b");
  const hintId = `${toggleId}-hint`;
  const fieldsId = useId();
  const path = `personas.${index}.b2b` as const;
  const set = (value: PersonaB2b | null) => setValue(path, value, { shouldDirty: true });
  const errors = kit.errorsOf("b2b");
  const label = (field: B2bField) => kit.t(`b2b.fields.${field}.label`);
  const hint = (field: B2bField) => (
    <FieldHint help={kit.t(`b2b.fields.${field}.help`)} example={kit.t("example", { text: kit.t(`b2b.fields.${field}.example`) })} />
  );
  const error = (field: B2bField) => firstErrorCode(errors?.[field]);
  const written = (field: Exclude<B2bField, "companySize">, layout: { rows?: number; className?: string } = {}) => (
    <WrittenField<PersonasStepInput>
      id={kit.id(`b2b-${field}`)}
      path={`${path}.${field}`}
      label={label(field)}
      hint={hint(field)}
      error={error(field)}
      max={PERSONA_B2B_MAX[field]}
      disabled={disabled}
      {...layout}
    />
  );

  return (
    <div className="space-y-4 md:col-span-2">
      <div>
        <label htmlFor={toggleId} className="flex items-start gap-2 text-sm font-medium text-slate-900">
          <input
            id={toggleId}
            type="checkbox"
            checked={b2b !== null}
            onChange={(e) => {
              if (e.target.checked) set({ ...EMPTY_B2B });
              // Nothing written is nothing lost: only a filled record asks before it goes.
              else if (hasB2bAnswers(getValues(path))) setConfirming(true);
              else set(null);
            }}
            disabled={disabled}
            aria-describedby={hintId}
            aria-controls={b2b ? fieldsId : undefined}
            className="mt-1"
          />
          {kit.t("b2b.toggle")}
        </label>
        <p id={hintId} className="pl-6 text-xs text-slate-600">
          {kit.t("b2b.toggleHelp")}
        </p>
      </div>
      {b2b ? (
        <div id={fieldsId} className="grid gap-4 border-l-2 border-slate-200 pl-4 md:grid-cols-2">
          {written("industry")}
          <Field id={kit.id("b2b-companySize")} label={label("companySize")} hint={hint("companySize")} error={error("companySize")}>
            {(c) => (
              <select {...c} {...kit.register(`${path}.companySize`)} disabled={disabled} className={inputClass}>
                <option value="">{kit.t("b2b.sizes.none")}</option>
                {COMPANY_SIZES.map((size) => (
                  <option key={size} value={size}>
                    {kit.t(`b2b.sizes.${size}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {written("jobTitle")}
          {written("committee", { rows: 4, className: "md:col-span-2" })}
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={kit.t("b2b.clearTitle", { name: getValues(`personas.${index}.name`) || kit.t("untitled") })}
        confirmLabel={kit.t("b2b.clearConfirm")}
        onConfirm={() => {
          set(null);
          setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      >
        {kit.t("b2b.clearBody")}
      </ConfirmDialog>
    </div>
  );
}
