"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import type { DemographicsProfile, DemographicsStepInput } from "@/lib/validation/demographics-step";
import { FieldHint } from "../field-kit";
import { firstErrorCode } from "../first-error-code";
import { JargonNotes, type JargonTerm } from "../jargon";
import { TagField } from "../tag-field";
import { useExample } from "../use-example";
import { WrittenField } from "../written-field";

/** Every field of step 3 has a label, a short help text and a concrete example in the messages. */
export type DemographicsField = keyof DemographicsProfile;
type TextField = "household" | "occupation" | "economicLevel" | "educationLevel" | "valuesAndCustoms";
type TagList = "genders" | "locations" | "languages";

/** Ids, labels, hints and errors of the step's fields, so the field components stay short. */
export function useDemographicsFieldKit() {
  const t = useTranslations("demographics");
  const { control, formState } = useFormContext<DemographicsStepInput>();
  const registration = useFieldRegistration<DemographicsStepInput>();
  const example = useExample();
  return {
    t,
    control,
    register: registration.field,
    id: (field: DemographicsField) => `demographics-${field}`,
    label: (field: DemographicsField) => t(`fields.${field}.label`),
    hint: (field: DemographicsField): ReactNode => (
      <FieldHint help={t(`fields.${field}.help`)} example={t("example", { text: example("demographics", field) })} />
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
    <WrittenField<DemographicsStepInput>
      id={kit.id(field)}
      path={field}
      label={kit.label(field)}
      hint={kit.hint(field)}
      error={kit.error(field)}
      optional={optional}
      max={maxLength}
      rows={rows}
      disabled={disabled}
    />
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
  field: TagList;
  disabled: boolean;
  /** Entries are as long as any tag unless the field says otherwise. */
  maxLength?: number;
  suggestions?: readonly { value: string; label: string }[];
  optional?: boolean;
}) {
  const kit = useDemographicsFieldKit();
  return (
    <TagField<DemographicsStepInput>
      name={field}
      id={kit.id(field)}
      label={kit.label(field)}
      hint={kit.hint(field)}
      optional={optional}
      disabled={disabled}
      maxLength={maxLength}
      suggestions={suggestions}
      placeholder={kit.t(`placeholders.${field}`)}
    />
  );
}

/** A titled group of fields: the demographic half and the sociocultural half of the step. */
export function DemographicsSection({
  id,
  title,
  hint,
  terms,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  terms?: readonly JargonTerm[];
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:p-6">
      <div>
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-slate-600">{hint}</p>
        {terms ? <JargonNotes terms={terms} /> : null}
      </div>
      {children}
    </section>
  );
}
