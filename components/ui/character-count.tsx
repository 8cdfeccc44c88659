"use client";

import { useTranslations } from "next-intl";

/** Shown from this share of the limit on: a counter under every short answer would be noise. */
const SHOW_FROM = 0.8;

/**
 * "87 of 120 characters" under a field with a limit, once the text nears it, in red past it.
 * The field points at it with aria-describedby, so a screen reader hears it on focus; it is not
 * a live region, which would speak at every key press.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const t = useTranslations("common");
  const over = length > max;
  return (
    <p id={id} className={`text-right text-xs tabular-nums ${over ? "font-medium text-red-700" : "text-slate-600"}`}>
      {length >= max * SHOW_FROM ? t("characterCount", { count: length, max }) : null}
    </p>
  );
}
