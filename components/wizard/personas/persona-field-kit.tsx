"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import { PERSONA_TEXT_MAX, type PersonaInput, type PersonasStepInput, type PersonaTextFieldName } from "@/lib/validation/personas-step";
import { FieldHint } from "../field-kit";
import { firstErrorCode } from "../first-error-code";
import { JargonNotes, type JargonTerm } from "../jargon";
import { useExample } from "../use-example";
import { WrittenField } from "../written-field";
import { MarkedLabel, useDataMarked } from "./persona-data-marks";
import { isPersonaDataField } from "@/lib/validation/persona-from-data";

/** Every persona field has a label, a short help text and a concrete example in the messages. */
export type PersonaFieldName = Exclude<
  keyof PersonaInput,
  "id" | "offeringId" | "importance" | "valueMap" | "motivationRivals" | "journey" | "fromData" | "validation" | "b2b"
>;
/** The value section's parts: each has a label, help and example, but no single form value. */
export type ValueFieldName = "importance" | "products" | "relievers" | "creators" | "motivationRivals";
/** The journey section's parts, each with a label, help and example like any field. */
export type JourneyFieldName =
  | "journeyObjective"
  | "walkedOn"
  | "walkedNotes"
  | "touchpoints"
  | "thinksAndDoes"
  | "feeling"
  | "feelingWord"
  | "painPoints"
  | "opportunities";
type DescribedField = PersonaFieldName | ValueFieldName | JourneyFieldName;

/** Ids, names, labels, hints and errors of one persona's fields, so the field components stay short. */
export function usePersonaFieldKit(index: number) {
  const t = useTranslations("personas");
  const { control, formState } = useFormContext<PersonasStepInput>();
  const registration = useFieldRegistration<PersonasStepInput>();
  const errors = formState.errors.personas?.[index];
  const example = useExample();
  return {
    t,
    control,
    register: registration.field,
    radio: registration.radio,
    checkbox: registration.checkbox,
    id: (field: string) => `personas-${index}-${field}`,
    path: <K extends keyof PersonaInput>(field: K) => `personas.${index}.${field}` as const,
    label: (field: DescribedField) => t(`fields.${field}.label`),
    hint: (field: DescribedField) => (
      <FieldHint help={t(`fields.${field}.help`)} example={t("example", { text: example("personas", field) })} />
    ),
    error: (field: PersonaFieldName) => firstErrorCode(errors?.[field]),
    /** The raw errors of one of the persona's values, for fields made of several controls. */
    errorsOf: <K extends keyof PersonaInput>(field: K) => errors?.[field],
  };
}

/** A written field of a persona: a text area of `rows` rows, or a one-line input without. */
export function PersonaTextField({
  index,
  field,
  disabled,
  rows,
  className = "",
}: {
  index: number;
  field: PersonaTextFieldName;
  disabled: boolean;
  rows?: number;
  className?: string;
}) {
  const kit = usePersonaFieldKit(index);
  const marked = useDataMarked(index);
  return (
    <WrittenField<PersonasStepInput>
      id={kit.id(field)}
      path={kit.path(field)}
      label={<MarkedLabel label={kit.label(field)} marked={isPersonaDataField(field) && marked(field)} />}
      hint={kit.hint(field)}
      error={kit.error(field)}
      max={PERSONA_TEXT_MAX[field]}
      rows={rows}
      disabled={disabled}
      className={className}
    />
  );
}

/** A titled group of fields inside a persona card. */
export function PersonaSection({
  title,
  hint,
  terms,
  children,
}: {
  title: string;
  hint?: string;
  terms?: readonly JargonTerm[];
  children: ReactNode;
}) {
  return (
    <fieldset className="space-y-3 border-t border-slate-200 pt-4">
      <legend className="float-left mb-1 w-full text-sm font-semibold uppercase tracking-wide text-slate-700">{title}</legend>
      {hint ? <p className="clear-left text-xs text-slate-600">{hint}</p> : null}
      {terms ? (
        <div className="clear-left">
          <JargonNotes terms={terms} />
        </div>
      ) : null}
      <div className="clear-left">{children}</div>
    </fieldset>
  );
}
