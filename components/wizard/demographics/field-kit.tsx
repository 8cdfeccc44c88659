"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { TagInput } from "@/components/ui/tag-input";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import { firstErrorCode } from "@/components/wizard/personas/persona-field-kit";
import type { DemographicsProfile, DemographicsStepInput } from "@/lib/validation/demographics-step";
import { MAX_TAGS } from "@/lib/validation/tags";

/** Every field of step 3 has a label, a short help text and a concrete example in the messages. */
export type DemographicsField = keyof DemographicsProfile;
type TextField = "household" | "occupation" | "economicLevel" | "educationLevel" | "valuesAndCustoms";
type TagField = "genders" | "locations" | "languages";

/** Ids, labels, hints and errors of the step's fields, so the field components stay short. */
export function useDemographicsFieldKit() {
  const t = useTranslations("demographics");
  const { control, formState } = useFormContext<DemographicsStepInput>();
  const registration = useFieldRegistration<DemographicsStepInput>();
  return {
    t,
    control,
    register: registration.field,
    id: (field: DemographicsField) => `demographics-${field}`,
    label: (field: DemographicsField) => t(`fields.${field}.label`),
    hint: (field: DemographicsField): ReactNode => (
      <>
        {t(`fields.${field}.help`)} <span className="italic">{t("example", { text: t(`fields.${field}.example`) })}</span>
      </>
    ),
    error: (field: DemographicsField) => firstErrorCode(formState.errors[field]),
  };
}

export function DemographicsTextArea({
  field,
  disabled,
  maxLength,
  rows = 2,
  optional,
}: {
  field: TextField;
  disabled: boolean;
  maxLength: number;
  rows?: number;
  optional?: boolean;
}) {
  const kit = useDemographicsFieldKit();
  return (
    <Field id={kit.id(field)} label={kit.label(field)} hint={kit.hint(field)} error={kit.error(field)} optional={optional}>
      {(c) => <textarea {...c} {...kit.register(field)} readOnly={disabled} rows={rows} maxLength={maxLength} className={inputClass} />}
    </Field>
  );
}

/** A list typed entry by entry (locations, languages, genders), with optional ready-made choices. */
export function DemographicsTagField({
  field,
  disabled,
  maxLength,
  suggestions,
  optional,
}: {
  field: TagField;
  disabled: boolean;
  maxLength: number;
  suggestions?: readonly { value: string; label: string }[];
  optional?: boolean;
}) {
  const kit = useDemographicsFieldKit();
  return (
    <Controller
      control={kit.control}
      name={field}
      render={({ field: list }) => (
        <Field id={kit.id(field)} label={kit.label(field)} hint={kit.hint(field)} error={kit.error(field)} optional={optional}>
          {(c) => (
            <TagInput
              control={c}
              value={list.value}
              onChange={list.onChange}
              onBlur={list.onBlur}
              suggestions={suggestions}
              maxItems={MAX_TAGS}
              maxLength={maxLength}
              disabled={disabled}
              placeholder={kit.t(`placeholders.${field}`)}
            />
          )}
        </Field>
      )}
    />
  );
}

/** A titled group of fields: the demographic half and the sociocultural half of the step. */
export function DemographicsSection({ id, title, hint, children }: { id: string; title: string; hint: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:p-6">
      <div>
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-slate-600">{hint}</p>
      </div>
      {children}
    </section>
  );
}
