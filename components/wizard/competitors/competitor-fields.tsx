"use client";

import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import {
  COMPETITOR_NAME_MAX_LENGTH,
  COMPETITOR_TEXT_MAX,
  type CompetitorInput,
  type CompetitorsStepInput,
} from "@/lib/validation/competitors-step";
import { useTextCounter } from "../field-kit";
import { WrittenField } from "../written-field";
import { useFieldCopy } from "./field-copy";

type WrittenAnswer = keyof typeof COMPETITOR_TEXT_MAX;

/** A written answer about a competitor, counting its characters against the limit. */
function CompetitorTextArea({ index, name, rows, disabled }: { index: number; name: WrittenAnswer; rows: number; disabled: boolean }) {
  const copy = useFieldCopy();
  const { formState } = useFormContext<CompetitorsStepInput>();
  // Channels are not marked optional: the step counts as complete only once they are described.
  return (
    <WrittenField<CompetitorsStepInput>
      id={`competitors-${index}-${name}`}
      path={`competitors.${index}.${name}`}
      label={copy.label(name)}
      hint={copy.hint(name)}
      error={formState.errors.competitors?.[index]?.[name]?.message}
      optional={name !== "channels"}
      max={COMPETITOR_TEXT_MAX[name]}
      rows={rows}
      disabled={disabled}
    />
  );
}

// "thomann.de" is what people paste most often; the scheme is the only thing missing.
const BARE_DOMAIN = /^[^\s/:]+\.[^\s/:]+(\/\S*)?$/;

/** The fields of one competitor; the card around it owns ordering and removal. */
export function CompetitorFields({ index, disabled }: { index: number; disabled: boolean }) {
  const copy = useFieldCopy();
  const { formState, getValues, setValue } = useFormContext<CompetitorsStepInput>();
  const { field } = useFieldRegistration<CompetitorsStepInput>();
  const errors = formState.errors.competitors?.[index];
  const id = (name: keyof CompetitorInput) => `competitors-${index}-${name}`;
  const path = <K extends keyof CompetitorInput>(name: K) => `competitors.${index}.${name}` as const;

  const completeWebsite = () => {
    const value = getValues(path("website"))?.trim() ?? "";
    if (BARE_DOMAIN.test(value))
      setValue(path("website"), `https://${value}`, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };

  const nameCounter = useTextCounter<CompetitorsStepInput>(path("name"), COMPETITOR_NAME_MAX_LENGTH);
  const textArea = (name: WrittenAnswer, rows = 2) => <CompetitorTextArea index={index} name={name} rows={rows} disabled={disabled} />;

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={id("name")} label={copy.label("name")} hint={copy.hint("name")} error={errors?.name?.message} counter={nameCounter}>
        {(c) => <input {...c} {...field(path("name"))} readOnly={disabled} autoComplete="off" className={inputClass} />}
      </Field>
      <Field id={id("website")} label={copy.label("website")} hint={copy.hint("website")} error={errors?.website?.message} optional>
        {(c) => (
          <input
            {...c}
            {...field(path("website"), { onBlur: completeWebsite })}
            readOnly={disabled}
            type="url"
            inputMode="url"
            autoComplete="off"
            className={inputClass}
          />
        )}
      </Field>
      {textArea("overlap")}
      {textArea("revenueModel")}
      <div className="md:col-span-2">{textArea("channels", 3)}</div>
      <div className="md:col-span-2">{textArea("notes", 3)}</div>
    </div>
  );
}
