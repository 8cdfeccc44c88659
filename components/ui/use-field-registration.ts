"use client";

import { useFormContext, type FieldPath, type FieldValues, type RegisterOptions } from "react-hook-form";

/**
 * register() plus the value as defaultValue. react-hook-form fills uncontrolled inputs only
 * after hydration, so without this the server HTML shows an empty form until the scripts
 * run, and a quick reader (or test) sees blanks where saved answers are.
 */
export function useFieldRegistration<T extends FieldValues>() {
  const { register, getValues } = useFormContext<T>();
  return {
    field: <N extends FieldPath<T>>(name: N, options?: RegisterOptions<T, N>) => {
      const value: unknown = getValues(name);
      return { ...register(name, options), defaultValue: value === null || value === undefined ? "" : String(value) };
    },
    radio: <N extends FieldPath<T>>(name: N, value: string) => ({ ...register(name), value, defaultChecked: getValues(name) === value }),
    checkbox: <N extends FieldPath<T>>(name: N) => ({ ...register(name), defaultChecked: getValues(name) === true }),
  };
}
