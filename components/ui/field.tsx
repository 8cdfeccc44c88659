"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { readErrorMessage } from "@/lib/validation/error-codes";
import { CharacterCount } from "./character-count";

export interface ControlProps {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
}

export { inputClass } from "./input-class";

/**
 * Turns an error code from a zod schema or a server action into a sentence, with the limit
 * when the code carries one ("too_long:120"). The code arrives as a string (through
 * react-hook-form or the network); one this version does not know, such as zod's own English
 * text for a check without a code, reads as "not valid".
 */
export function useErrorMessage() {
  const t = useTranslations("errors");
  return (text: string | undefined): string | undefined => {
    if (!text) return undefined;
    const { code, limit } = readErrorMessage(text) ?? { code: "invalid" };
    return limit === undefined ? t(code) : t(code, { max: limit });
  };
}

/**
 * Label, hint and error wired to the control through ids, so screen readers announce
 * the hint and the error with the field.
 */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  counter,
  className = "",
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** A text's length and limit: the field counts characters instead of cutting the text. */
  counter?: { length: number; max: number };
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const t = useTranslations("common");
  const message = useErrorMessage()(error);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const counterId = counter ? `${id}-count` : undefined;
  const describedBy = [errorId, counterId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
        {optional ? <span className="font-normal text-slate-600"> ({t("optional")})</span> : null}
      </label>
      {children({ id, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy })}
      {counter && counterId ? <CharacterCount id={counterId} length={counter.length} max={counter.max} /> : null}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function FormAlert({ message, tone = "error" }: { message?: ReactNode; tone?: "error" | "success" }) {
  // Always rendered so that screen readers announce the message when it appears.
  return (
    <div role={tone === "error" ? "alert" : "status"} aria-live={tone === "error" ? "assertive" : "polite"}>
      {message ? (
        <p
          className={`rounded-md border px-3 py-2 text-sm ${
            tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800"
          }`}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
