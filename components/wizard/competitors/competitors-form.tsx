"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/components/ui/field";
import { saveCompetitorsStepAction } from "@/lib/actions/save-competitors-step";
import { newId } from "@/lib/uuid";
import { blankCompetitor, competitorsStepSchema, MAX_COMPETITORS, type CompetitorsStepInput } from "@/lib/validation/competitors-step";
import { StepForm, type StepFormProps } from "../step-form";
import { useStepForm } from "../use-step-form";
import { CompetitorCard } from "./competitor-card";
import { DigitalProfileFields } from "./digital-profile-fields";

export function CompetitorsForm({ projectId, canEdit, nextHref, initialValues }: StepFormProps<CompetitorsStepInput>) {
  const t = useTranslations("competitors");
  const step = useStepForm({
    schema: competitorsStepSchema,
    projectId,
    initialValues,
    action: saveCompetitorsStepAction,
    nextHref,
  });
  const { form } = step;
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "competitors", keyName: "key" });
  // Too many competitors is an error of the list itself, not of one card.
  const listError = useErrorMessage()(form.formState.errors.competitors?.root?.message ?? form.formState.errors.competitors?.message);

  return (
    <StepForm step={step} canEdit={canEdit} className="space-y-8">
      <section aria-labelledby="competitors-title" className="space-y-4">
        <div className="space-y-1">
          <h2 id="competitors-title" className="text-lg font-semibold">
            {t("competitorsTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("competitorsIntro")}</p>
        </div>
        {fields.length === 0 ? (
          <div className="space-y-1 rounded-lg border border-dashed border-slate-300 bg-white p-5">
            <h3 className="font-semibold">{t("empty.title")}</h3>
            <p className="text-sm text-slate-700">{t("empty.body")}</p>
          </div>
        ) : (
          <ol className="space-y-4">
            {fields.map((field, index) => (
              <li key={field.key}>
                <CompetitorCard
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
        {listError ? <p className="text-sm font-medium text-red-700">{listError}</p> : null}
        {canEdit ? (
          <Button
            variant="secondary"
            disabled={fields.length >= MAX_COMPETITORS}
            onClick={() => append(blankCompetitor(newId()), { focusName: `competitors.${fields.length}.name` })}
          >
            + {t("addCompetitor")}
          </Button>
        ) : null}
      </section>
      <DigitalProfileFields disabled={!canEdit} initialChannels={initialValues.channels} />
    </StepForm>
  );
}
