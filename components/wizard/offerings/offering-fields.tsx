"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import { OFFERING_TEXT_LIMITS, OFFERING_TIERS, type OfferingsStepInput } from "@/lib/validation/offerings-step";
import { FieldHint, numberOrNull, useTextCounter, wholeNumberInput } from "../field-kit";
import { useExample } from "../use-example";

/** The fields of one offering; the card around it owns ordering and removal. */
export function OfferingFields({ index, disabled }: { index: number; disabled: boolean }) {
  const t = useTranslations("offerings");
  const { control, formState } = useFormContext<OfferingsStepInput>();
  const { field, radio } = useFieldRegistration<OfferingsStepInput>();
  const categories = useWatch({ control, name: "categories" });
  const errors = formState.errors.offerings?.[index];
  const example = useExample();
  const id = (field: string) => `offerings-${index}-${field}`;
  const path = <K extends string>(field: K) => `offerings.${index}.${field}` as const;
  const counters = {
    name: useTextCounter<OfferingsStepInput>(path("name"), OFFERING_TEXT_LIMITS.name),
    definition: useTextCounter<OfferingsStepInput>(path("definition"), OFFERING_TEXT_LIMITS.definition),
    objective: useTextCounter<OfferingsStepInput>(path("objective"), OFFERING_TEXT_LIMITS.objective),
    audience: useTextCounter<OfferingsStepInput>(path("audience"), OFFERING_TEXT_LIMITS.audience),
  };
  // Every field carries a short help text and a concrete example.
  const hint = (key: "name" | "category" | "definition" | "objective" | "weight" | "revenueShare" | "tier" | "audience") => (
    <FieldHint help={t(`${key}Hint`)} example={t("example", { text: example("offerings", key) })} />
  );

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={id("name")} label={t("name")} hint={hint("name")} error={errors?.name?.message} counter={counters.name}>
        {(c) => <input {...c} {...field(path("name"))} readOnly={disabled} className={inputClass} />}
      </Field>
      <Field id={id("categoryId")} label={t("category")} hint={hint("category")} error={errors?.categoryId?.message}>
        {(c) => (
          <select {...c} {...field(path("categoryId"))} disabled={disabled} className={inputClass}>
            <option value="">{t("chooseCategory")}</option>
            {categories.map((category, i) => (
              <option key={category.id} value={category.id}>
                {category.name || `${i + 1}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={id("definition")}
        label={t("definition")}
        hint={hint("definition")}
        error={errors?.definition?.message}
        counter={counters.definition}
        className="md:col-span-2"
      >
        {(c) => <textarea {...c} {...field(path("definition"))} readOnly={disabled} rows={2} className={inputClass} />}
      </Field>
      <Field
        id={id("objective")}
        label={t("objective")}
        hint={hint("objective")}
        error={errors?.objective?.message}
        counter={counters.objective}
        className="md:col-span-2"
      >
        {(c) => <textarea {...c} {...field(path("objective"))} readOnly={disabled} rows={2} className={inputClass} />}
      </Field>
      <Field id={id("weight")} label={t("weight")} hint={hint("weight")} error={errors?.weight?.message}>
        {(c) => (
          <select {...c} {...field(path("weight"), { setValueAs: Number })} disabled={disabled} className={inputClass}>
            {[1, 2, 3, 4, 5].map((value) => (
              <option key={value} value={value}>
                {t("weightOption", { value: String(value) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id("revenueShare")} label={t("revenueShare")} hint={hint("revenueShare")} error={errors?.revenueShare?.message} optional>
        {(c) => (
          <input
            {...c}
            {...field(path("revenueShare"), { setValueAs: numberOrNull })}
            readOnly={disabled}
            {...wholeNumberInput}
            className={inputClass}
          />
        )}
      </Field>
      <fieldset className="space-y-1 md:col-span-2" aria-describedby={id("tier-hint")}>
        <legend className="text-sm font-medium text-slate-900">{t("tier")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {OFFERING_TIERS.map((tier) => (
            <label key={tier} className="flex items-center gap-2 text-sm">
              <input type="radio" {...radio(path("tier"), tier)} disabled={disabled} />
              {t(`tiers.${tier}`)}
            </label>
          ))}
        </div>
        <p id={id("tier-hint")} className="text-xs text-slate-600">
          {hint("tier")}
        </p>
      </fieldset>
      <Field
        id={id("audience")}
        label={t("audience")}
        hint={hint("audience")}
        error={errors?.audience?.message}
        counter={counters.audience}
        className="md:col-span-2"
      >
        {(c) => <input {...c} {...field(path("audience"))} readOnly={disabled} className={inputClass} />}
      </Field>
    </div>
  );
}
