"use client";

import type { ReactNode } from "react";

/** Where a step's fields get their ids, labels, hints (with the example) and error codes. */
export interface FieldCopy<F extends string> {
  id: (field: F) => string;
  label: (field: F) => string;
  hint: (field: F) => ReactNode;
  error: (field: F) => string | undefined;
}

/**
 * A field's help text followed by a concrete example: every field of the five steps
 * explains itself this way, whatever its step calls the two messages.
 */
export function FieldHint({ help, example }: { help: string; example: string }) {
  return (
    <>
      {help} <span className="italic">{example}</span>
    </>
  );
}

/** A number input's value for the schema: empty means "not given", which is stored as null. */
export const numberOrNull = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));
