"use client";

import { Controller, useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { TagInput } from "@/components/ui/tag-input";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import { firstErrorCode } from "@/components/wizard/personas/persona-field-kit";
import type { CompetitorsStepInput } from "@/lib/validation/competitors-step";
import { MAX_TAGS, TAG_MAX_LENGTH } from "@/lib/validation/tags";
import { useFieldCopy } from "./field-copy";
import { SocialNetworksField } from "./social-networks-field";

function TagListField({ name, disabled }: { name: "media" | "keywords"; disabled: boolean }) {
  const copy = useFieldCopy();
  const { control, formState } = useFormContext<CompetitorsStepInput>();
  return (
    <Controller
      control={control}
      name={`digitalProfile.${name}`}
      render={({ field: list }) => (
        <Field
          id={`digitalProfile-${name}`}
          label={copy.label(name)}
          hint={copy.hint(name)}
          error={firstErrorCode(formState.errors.digitalProfile?.[name])}
          optional={name === "media"}
        >
          {(c) => (
            <TagInput
              control={c}
              value={list.value}
              onChange={list.onChange}
              onBlur={list.onBlur}
              maxItems={MAX_TAGS}
              maxLength={TAG_MAX_LENGTH}
              disabled={disabled}
            />
          )}
        </Field>
      )}
    />
  );
}

function ProfileTextArea({ name, disabled }: { name: "needs" | "painPoints"; disabled: boolean }) {
  const copy = useFieldCopy();
  const { formState } = useFormContext<CompetitorsStepInput>();
  const { field } = useFieldRegistration<CompetitorsStepInput>();
  return (
    <Field
      id={`digitalProfile-${name}`}
      label={copy.label(name)}
      hint={copy.hint(name)}
      error={formState.errors.digitalProfile?.[name]?.message}
    >
      {(c) => <textarea {...c} {...field(`digitalProfile.${name}`)} readOnly={disabled} rows={3} className={inputClass} />}
    </Field>
  );
}

/** Where the target lives online and what moves them: one set of answers per project. */
export function DigitalProfileFields({ disabled }: { disabled: boolean }) {
  const copy = useFieldCopy();
  return (
    <section aria-labelledby="digital-profile-title" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="space-y-1">
        <h2 id="digital-profile-title" className="text-lg font-semibold">
          {copy.t("profileTitle")}
        </h2>
        <p className="text-sm text-slate-700">{copy.t("profileIntro")}</p>
      </div>
      <SocialNetworksField disabled={disabled} />
      <div className="grid gap-4 md:grid-cols-2">
        <TagListField name="keywords" disabled={disabled} />
        <TagListField name="media" disabled={disabled} />
        <ProfileTextArea name="needs" disabled={disabled} />
        <ProfileTextArea name="painPoints" disabled={disabled} />
      </div>
    </section>
  );
}
