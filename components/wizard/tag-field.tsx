"use client";

import type { ReactNode } from "react";
import { Controller, useFormContext, type FieldPathByValue, type FieldValues } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { TagInput } from "@/components/ui/tag-input";
import { MAX_TAGS, TAG_MAX_LENGTH } from "@/lib/validation/tags";
import { firstErrorCode } from "./first-error-code";

/**
 * A list of the form edited as tags, with its label, hint and error. The error is the
 * list's own or its first entry's, read from the field's state.
 */
export function TagField<T extends FieldValues>({
  name,
  id,
  label,
  hint,
  optional,
  disabled,
  maxLength = TAG_MAX_LENGTH,
  suggestions,
  placeholder,
}: {
  name: FieldPathByValue<T, string[]>;
  id: string;
  label: string;
  hint: ReactNode;
  optional?: boolean;
  disabled: boolean;
  maxLength?: number;
  suggestions?: readonly { value: string; label: string }[];
  placeholder?: string;
}) {
  const { control } = useFormContext<T>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: list, fieldState }) => (
        <Field id={id} label={label} hint={hint} error={firstErrorCode(fieldState.error)} optional={optional}>
          {(c) => (
            <TagInput
              control={c}
              value={list.value}
              onChange={list.onChange}
              onBlur={list.onBlur}
              suggestions={suggestions}
              maxItems={MAX_TAGS}
              maxLength={maxLength}
              disabled={disabled}
              placeholder={placeholder}
            />
          )}
        </Field>
      )}
    />
  );
}
