"use client";

import type { ReactNode } from "react";
import { useWatch, type FieldPath, type FieldValues } from "react-hook-form";
import { parseNumber } from "@/lib/i18n/numbers";

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

/**
 * A whole-number field's text for the schema: empty means "not given" (stored as null), and
 * text that is no whole number becomes NaN, which the schema refuses with a message.
 */
export function numberOrNull(value: unknown): number | null {
  if (typeof value === "number") return value;
  const text = value === null || value === undefined ? "" : String(value);
  if (text.trim() === "") return null;
  const parsed = parseNumber(text, { maxFractionDigits: 0 });
  return parsed.ok ? parsed.value : Number.NaN;
}

/**
 * A whole number as text rather than type="number": Chromium's number input reports "12,5"
 * or "1.500" as an empty value, so a typo was saved as "not given" without a word.
 */
export const wholeNumberInput = { type: "text", inputMode: "numeric", autoComplete: "off" } as const;

/**
 * The counter of a text field with a limit, for Field's `counter`: the length the schema will
 * judge (trimmed), so the count and the error agree.
 */
export function useTextCounter<T extends FieldValues>(name: FieldPath<T>, max: number): { length: number; max: number } {
  const value: unknown = useWatch<T>({ name });
  return { length: typeof value === "string" ? value.trim().length : 0, max };
}
