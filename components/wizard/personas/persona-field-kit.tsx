"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import type { PersonaInput, PersonasStepInput } from "@/lib/validation/personas-step";

/** Every persona field has a label, a short help text and a concrete example in the messages. */
export type PersonaFieldName = Exclude<keyof PersonaInput, "id" | "offeringId">;

export const numberOrNull = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

/**
 * react-hook-form keeps a list's own error in `message` (or `root.message`) and the
 * errors of its entries by index; the field shows whichever comes first.
 */
export function firstErrorCode(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const e = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof e.message === "string") return e.message;
  if (typeof e.root?.message === "string") return e.root.message;
  for (const value of Object.values(error)) {
    const code = value && typeof value === "object" ? (value as { message?: unknown }).message : undefined;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** Ids, names, labels, hints and errors of one persona's fields, so the field components stay short. */
export function usePersonaFieldKit(index: number) {
  const t = useTranslations("personas");
  const { control, formState } = useFormContext<PersonasStepInput>();
  const registration = useFieldRegistration<PersonasStepInput>();
  const errors = formState.errors.personas?.[index];
  return {
    t,
    control,
    register: registration.field,
    radio: registration.radio,
    checkbox: registration.checkbox,
    id: (field: string) => `personas-${index}-${field}`,
    path: <K extends keyof PersonaInput>(field: K) => `personas.${index}.${field}` as const,
    label: (field: PersonaFieldName) => t(`fields.${field}.label`),
    hint: (field: PersonaFieldName) => (
      <>
        {t(`fields.${field}.help`)} <span className="italic">{t("example", { text: t(`fields.${field}.example`) })}</span>
      </>
    ),
    error: (field: PersonaFieldName) => firstErrorCode(errors?.[field]),
  };
}

export function PersonaTextArea({
  index,
  field,
  disabled,
  rows = 2,
  className = "",
}: {
  index: number;
  field: PersonaFieldName;
  disabled: boolean;
  rows?: number;
  className?: string;
}) {
  const kit = usePersonaFieldKit(index);
  return (
    <Field id={kit.id(field)} label={kit.label(field)} hint={kit.hint(field)} error={kit.error(field)} className={className}>
      {(c) => <textarea {...c} {...kit.register(kit.path(field))} readOnly={disabled} rows={rows} className={inputClass} />}
    </Field>
  );
}

export function PersonaTextInput({
  index,
  field,
  disabled,
  className = "",
}: {
  index: number;
  field: PersonaFieldName;
  disabled: boolean;
  className?: string;
}) {
  const kit = usePersonaFieldKit(index);
  return (
    <Field id={kit.id(field)} label={kit.label(field)} hint={kit.hint(field)} error={kit.error(field)} className={className}>
      {(c) => <input {...c} {...kit.register(kit.path(field))} readOnly={disabled} className={inputClass} />}
    </Field>
  );
}

/** A titled group of fields inside a persona card. */
export function PersonaSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 border-t border-slate-200 pt-4">
      <legend className="float-left mb-1 w-full text-sm font-semibold uppercase tracking-wide text-slate-700">{title}</legend>
      {hint ? <p className="clear-left text-xs text-slate-600">{hint}</p> : null}
      <div className="clear-left">{children}</div>
    </fieldset>
  );
}
