"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { saveOfferingsStepAction } from "@/lib/actions/save-offerings-step";
import { newId } from "@/lib/uuid";
import { blankOffering, MAX_OFFERINGS, offeringsStepSchema, type OfferingsStepInput } from "@/lib/validation/offerings-step";
import { StepForm, type StepFormProps } from "../step-form";
import { useStepForm } from "../use-step-form";
import { JargonNotes } from "../jargon";
import { CategoryFields } from "./category-fields";
import { OfferingCard } from "./offering-card";

export function OfferingsForm({
  projectId,
  canEdit,
  nextHref,
  initialValues,
  starters,
}: StepFormProps<OfferingsStepInput> & { starters?: readonly string[] }) {
  const t = useTranslations("offerings");
  const step = useStepForm({
    schema: offeringsStepSchema,
    projectId,
    initialValues,
    action: saveOfferingsStepAction,
    nextHref,
  });
  const { form } = step;
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "offerings", keyName: "key" });

  const addOffering = () =>
    append(blankOffering(newId(), form.getValues("categories")[0]?.id ?? ""), { focusName: `offerings.${fields.length}.name` });

  return (
    <StepForm step={step} canEdit={canEdit} className="space-y-6">
      <CategoryFields disabled={!canEdit} starters={starters} />
      <section aria-labelledby="offerings-title" className="space-y-4">
        <h2 id="offerings-title" className="text-lg font-semibold">
          {t("offeringsTitle")}
        </h2>
        <JargonNotes terms={["offering", "businessModel"]} />
        {fields.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-700">{t("emptyOfferings")}</p>
        ) : (
          <ol className="space-y-4">
            {fields.map((field, index) => (
              <li key={field.key}>
                <OfferingCard
                  index={index}
                  count={fields.length}
                  disabled={!canEdit}
                  onMove={(direction) => move(index, index + direction)}
                  onRemove={() => remove(index)}
                />
              </li>
            ))}
          </ol>
        )}
        {canEdit ? (
          <Button variant="secondary" disabled={fields.length >= MAX_OFFERINGS} onClick={addOffering}>
            + {t("addOffering")}
          </Button>
        ) : null}
      </section>
    </StepForm>
  );
}
