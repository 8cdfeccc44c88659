"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { focusAfterRemoval } from "@/components/ui/focus-after-removal";
import { Field, inputClass, useErrorMessage } from "@/components/ui/field";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import { MAX_CATEGORIES, type OfferingsStepInput } from "@/lib/validation/offerings-step";
import { newId } from "@/lib/uuid";
import { StarterCategories } from "./starter-categories";

/** `starters`: categories suggested for the kind of business, offered while step 1 starts empty. */
export function CategoryFields({ disabled, starters = [] }: { disabled: boolean; starters?: readonly string[] }) {
  const t = useTranslations("offerings");
  const tCommon = useTranslations("common");
  const tStarters = useTranslations("projectKind.starters");
  const errorMessage = useErrorMessage();
  const { control, formState } = useFormContext<OfferingsStepInput>();
  const { field: registerField } = useFieldRegistration<OfferingsStepInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "categories", keyName: "key" });
  const offerings = useWatch({ control, name: "offerings" });
  const usedCategoryIds = new Set(offerings.map((o) => o.categoryId));
  const rootError = formState.errors.categories?.root?.message ?? formState.errors.categories?.message;
  const categoryNames = useWatch({ control, name: "categories" });
  // Decided once: suggestions belong to an empty start, not to a list the owner emptied later.
  const [startedEmpty] = useState(() => !disabled && starters.length > 0 && fields.length === 0);
  const [offerStarters, setOfferStarters] = useState(startedEmpty);
  const addBlank = () => append({ id: newId(), name: "" });

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <legend className="px-1 text-lg font-semibold">{t("categoriesTitle")}</legend>
      <p className="text-sm text-slate-600">{startedEmpty ? tStarters("categoriesHint") : t("categoriesHint")}</p>
      {offerStarters ? (
        <StarterCategories
          names={starters}
          added={new Set(categoryNames.map((c) => c.name.trim().toLocaleLowerCase()))}
          onAdd={(name) => append({ id: newId(), name }, { shouldFocus: false })}
          onScratch={
            fields.length === 0
              ? () => {
                  setOfferStarters(false);
                  addBlank();
                }
              : undefined
          }
        />
      ) : null}
      <ul className="space-y-3">
        {fields.map((field, index) => {
          const inUse = usedCategoryIds.has(field.id);
          const name = field.name || String(index + 1);
          return (
            <li key={field.key} className="flex flex-wrap items-end gap-3">
              <Field
                id={`categories-${index}-name`}
                label={t("categoryName", { number: index + 1 })}
                error={formState.errors.categories?.[index]?.name?.message}
                className="min-w-48 flex-1"
              >
                {(controlProps) => (
                  <input {...controlProps} {...registerField(`categories.${index}.name`)} readOnly={disabled} className={inputClass} />
                )}
              </Field>
              {disabled ? null : (
                <div className="flex items-center gap-2 pb-0.5">
                  <Button
                    variant="secondary"
                    data-removal-focus
                    onClick={(event) => {
                      const refocus = focusAfterRemoval(event.currentTarget);
                      remove(index);
                      refocus();
                    }}
                    disabled={inUse || fields.length === 1}
                    aria-label={t("removeCategory", { name })}
                  >
                    {tCommon("remove")}
                  </Button>
                  {inUse ? <span className="text-xs text-slate-600">{t("categoryInUse", { name })}</span> : null}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {rootError ? <p className="text-sm font-medium text-red-700">{errorMessage(rootError)}</p> : null}
      {disabled ? null : (
        <Button variant="secondary" onClick={addBlank} disabled={fields.length >= MAX_CATEGORIES}>
          + {t("addCategory")}
        </Button>
      )}
    </fieldset>
  );
}
