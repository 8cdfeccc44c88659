"use client";

import type { ReactNode } from "react";
import type { FieldPath, FieldValues } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import { useTextCounter } from "./field-kit";

/**
 * A written answer of a step: a text area of `rows` rows, or a one-line input without, with
 * its label, hint and error, and a character counter wherever the schema sets a limit.
 */
export function WrittenField<T extends FieldValues>({
  id,
  path,
  label,
  hint,
  error,
  max,
  rows,
  type = "text",
  optional,
  disabled,
  className,
}: {
  id: string;
  path: FieldPath<T>;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The schema's limit for this text; without one, no counter. */
  max?: number;
  rows?: number;
  type?: "text" | "date";
  optional?: boolean;
  disabled: boolean;
  className?: string;
}) {
  const { field } = useFieldRegistration<T>();
  const { length } = useTextCounter<T>(path, max ?? 0);
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      optional={optional}
      counter={max === undefined ? undefined : { length, max }}
      className={className}
    >
      {(c) =>
        rows ? (
          <textarea {...c} {...field(path)} readOnly={disabled} rows={rows} className={inputClass} />
        ) : (
          <input {...c} {...field(path)} type={type} readOnly={disabled} className={inputClass} />
        )
      }
    </Field>
  );
}
