"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { PersonaOffering, PersonasStepInput } from "@/lib/validation/personas-step";

/** "Duplicate to…": picks an offering and adds a copy of the persona there. */
export function DuplicatePersona({
  index,
  offeringId,
  offerings,
  disabled,
  onDuplicate,
}: {
  index: number;
  offeringId: string;
  offerings: readonly PersonaOffering[];
  disabled: boolean;
  onDuplicate: (targetOfferingId: string) => void;
}) {
  const t = useTranslations("personas");
  const typed = useWatch<PersonasStepInput, `personas.${number}.name`>({ name: `personas.${index}.name` });
  const name = typed?.trim() || t("untitled");
  // Copying onto another offering is the usual case, so that one is proposed first.
  const [target, setTarget] = useState(() => (offerings.find((o) => o.id !== offeringId) ?? offerings[0])?.id ?? "");
  const id = `personas-${index}-duplicate`;
  return (
    <div className="flex flex-wrap items-start gap-3 rounded-md bg-slate-50 p-3">
      <Field id={id} label={t("duplicate.label")} hint={t("duplicate.hint")} className="min-w-56 flex-1">
        {(c) => (
          <select {...c} value={target} onChange={(e) => setTarget(e.target.value)} disabled={disabled} className={inputClass}>
            {offerings.map((offering) => (
              <option key={offering.id} value={offering.id}>
                {offering.id === offeringId ? t("duplicate.thisOffering", { offering: offering.name }) : offering.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button
        variant="secondary"
        className="sm:mt-6"
        disabled={disabled || !target}
        onClick={() => onDuplicate(target)}
        aria-label={t("duplicate.buttonLabel", { name })}
      >
        {t("duplicate.button")}
      </Button>
    </div>
  );
}
