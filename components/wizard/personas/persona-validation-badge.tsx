"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { PersonaValidation } from "@/lib/validation/persona-validation";
import type { PersonasStepInput } from "@/lib/validation/personas-step";
import { isValidated } from "@/lib/wizard/persona-validation";

/** The badge's words: "Hypothesis", or "Validated · confidence: high". */
export function useValidationLabel() {
  const t = useTranslations("evidence");
  // The plan's own word for the level ("high"), so the badge and the plan say the same.
  const tPlan = useTranslations("planEvidence");
  return (validation: Pick<PersonaValidation, "status" | "confidence">): string => {
    if (!isValidated(validation)) return t("badge.hypothesis");
    return validation.confidence
      ? t("badge.validated", { confidence: tPlan(`confidence.${validation.confidence}`) })
      : t("badge.validatedNoConfidence");
  };
}

/**
 * Whether research backs the persona, in words (the colour only repeats them), on its card in
 * the list and at the top of its view. `id` lets a heading or a link point at it.
 */
export function PersonaValidationBadge({ index, id }: { index: number; id?: string }) {
  const t = useTranslations("evidence");
  const label = useValidationLabel();
  const validation = useWatch<PersonasStepInput, `personas.${number}.validation`>({ name: `personas.${index}.validation` }) as
    PersonaValidation | undefined;
  // A persona added by an older tab has none until its first save answers.
  const shown = validation ?? { status: "assumption" as const, confidence: null };
  const validated = isValidated(shown);
  return (
    <span
      id={id}
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${
        validated ? "border-green-700 bg-green-50 text-green-900" : "border-amber-500 bg-amber-50 text-amber-900"
      }`}
      title={validated ? undefined : t("badge.hypothesisHint")}
    >
      {label(shown)}
    </span>
  );
}
