"use client";

import { useWatch } from "react-hook-form";
import { birthYearsMessage, type DemographicsStepInput } from "@/lib/validation/demographics-step";
import { MAX_AGE } from "@/lib/validation/personas-step";
import { AgeRange } from "../age-range";
import { useDemographicsFieldKit } from "./field-kit";

/** Which birth years the typed ages cover, to help pick the generations below. */
function BirthYearsHint({ currentYear }: { currentYear: number }) {
  const kit = useDemographicsFieldKit();
  const [ageMin, ageMax] = useWatch({ control: kit.control, name: ["ageMin", "ageMax"] });
  const valid = (age: unknown) => (typeof age === "number" && Number.isInteger(age) && age >= 0 && age <= MAX_AGE ? age : null);
  const min = valid(ageMin);
  const max = valid(ageMax);
  const message = birthYearsMessage(min, max, currentYear);
  if (!message) return null;
  const text = kit.t(`birthYears.${message.key}`, message.values);
  return <p className="text-sm text-slate-700">{text}</p>;
}

/** Youngest and oldest age, each optional; the oldest may not be below the youngest. */
export function AgeRangeFields({ disabled, currentYear }: { disabled: boolean; currentYear: number }) {
  const kit = useDemographicsFieldKit();
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">{kit.t("groups.ageRange")}</legend>
      <AgeRange<DemographicsStepInput> copy={kit} path={(field) => field} disabled={disabled} className="grid gap-4 sm:grid-cols-2" />
      <div aria-live="polite">
        <BirthYearsHint currentYear={currentYear} />
      </div>
    </fieldset>
  );
}
