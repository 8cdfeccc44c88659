"use client";

import type { ReactNode } from "react";
import type { FieldPathByValue, FieldValues } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import { numberOrNull, wholeNumberInput, type FieldCopy } from "./field-kit";

type AgeField = "ageMin" | "ageMax";

/**
 * The youngest and the oldest age side by side, each a whole number from 0 to MAX_AGE or
 * empty: the target of step 3 and each persona of step 4 have the same pair.
 */
export function AgeRange<T extends FieldValues>({
  copy,
  path,
  optional,
  disabled,
  className,
}: {
  /** A label may carry more than its text (step 4 marks ages filled from customer data). */
  copy: Omit<FieldCopy<AgeField>, "label"> & { label: (field: AgeField) => ReactNode };
  path: (field: AgeField) => FieldPathByValue<T, number | null>;
  optional?: boolean;
  disabled: boolean;
  className: string;
}) {
  const { field } = useFieldRegistration<T>();
  return (
    <div className={className}>
      {(["ageMin", "ageMax"] as const).map((age) => (
        <Field key={age} id={copy.id(age)} label={copy.label(age)} hint={copy.hint(age)} error={copy.error(age)} optional={optional}>
          {(c) => (
            <input
              {...c}
              {...field(path(age), { setValueAs: numberOrNull })}
              readOnly={disabled}
              {...wholeNumberInput}
              className={inputClass}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
