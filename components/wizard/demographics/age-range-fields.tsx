"use client";

import { useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { numberOrNull } from "@/components/wizard/personas/persona-field-kit";
import { birthYearsFor } from "@/lib/validation/demographics-step";
import { MAX_AGE } from "@/lib/validation/personas-step";
import { useDemographicsFieldKit } from "./field-kit";

/** Which birth years the typed ages cover, to help pick the generations below. */
function BirthYearsHint({ currentYear }: { currentYear: number }) {
  const kit = useDemographicsFieldKit();
  const [ageMin, ageMax] = useWatch({ control: kit.control, name: ["ageMin", "ageMax"] });
  const valid = (age: unknown) => (typeof age === "number" && Number.isInteger(age) && age >= 0 && age <= MAX_AGE ? age : null);
  const min = valid(ageMin);
  const max = valid(ageMax);
  const years = min !== null && max !== null && min > max ? null : birthYearsFor(min, max, currentYear);
  if (!years) return null;
  const text =
    years.from !== null && years.to !== null
      ? kit.t("birthYears.range", { from: years.from, to: years.to })
      : years.from !== null
        ? kit.t("birthYears.from", { from: years.from })
        : kit.t("birthYears.to", { to: years.to ?? currentYear });
  return <p className="text-sm text-slate-700">{text}</p>;
}

/** Youngest and oldest age, each optional; the oldest may not be below the youngest. */
export function AgeRangeFields({ disabled, currentYear }: { disabled: boolean; currentYear: number }) {
  const kit = useDemographicsFieldKit();
  const ageField = (field: "ageMin" | "ageMax") => (
    <Field id={kit.id(field)} label={kit.label(field)} hint={kit.hint(field)} error={kit.error(field)}>
      {(c) => (
        <input
          {...c}
          {...kit.register(field, { setValueAs: numberOrNull })}
          readOnly={disabled}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_AGE}
          step={1}
          className={inputClass}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">{kit.t("groups.ageRange")}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {ageField("ageMin")}
        {ageField("ageMax")}
      </div>
      <div aria-live="polite">
        <BirthYearsHint currentYear={currentYear} />
      </div>
    </fieldset>
  );
}
