"use client";

import type { ReactNode } from "react";
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
