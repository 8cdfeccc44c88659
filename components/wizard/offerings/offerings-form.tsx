"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useFieldArray, useForm, type FieldPath } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormAlert, useErrorMessage } from "@/components/ui/field";
import { saveOfferingsStepAction } from "@/lib/actions/save-offerings-step";
import { newId } from "@/lib/uuid";
import { MAX_OFFERINGS, offeringsStepSchema, type OfferingsStepInput } from "@/lib/validation/offerings-step";
import { CategoryFields } from "./category-fields";
import { OfferingCard } from "./offering-card";
import { useUnsavedChangesWarning } from "../use-unsaved-changes-warning";

export function OfferingsForm({
  projectId,
  canEdit,
  nextHref,
  initialValues,
}: {
  projectId: string;
  canEdit: boolean;
  nextHref: string;
  initialValues: OfferingsStepInput;
}) {
  const t = useTranslations("offerings");
  const tCommon = useTranslations("common");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "error" | "success"; message: string; conflict?: boolean }>();
  const form = useForm<OfferingsStepInput>({
    resolver: zodResolver(offeringsStepSchema),
    defaultValues: initialValues,
  });
  const { control, formState } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: "offerings", keyName: "key" });
  useUnsavedChangesWarning(formState.isDirty && !formState.isSubmitting);

  const save = (continueAfter: boolean) =>
    form.handleSubmit(
      async (values) => {
        setStatus(undefined);
        const result = await saveOfferingsStepAction(projectId, values);
        if (result.ok) {
          const { version, categories, offerings } = result.data;
          // Server ids replace the browser's keys for new rows, so the next save updates them.
          form.reset({ version, categories, offerings });
          if (continueAfter) router.push(nextHref);
          else setStatus({ tone: "success", message: t("savedAt") });
          return;
        }
        // The form keeps every value: only messages are added.
        const fieldErrors = Object.entries(result.fieldErrors ?? {});
        fieldErrors.forEach(([name, code], i) =>
          form.setError(name as FieldPath<OfferingsStepInput>, { message: code }, { shouldFocus: i === 0 }),
        );
        setStatus({ tone: "error", message: errorMessage(result.formError) ?? "", conflict: result.formError === "conflict" });
      },
      () => setStatus({ tone: "error", message: errorMessage("validation") ?? "" }),
    );

  return (
    <FormProvider {...form}>
      <form onSubmit={save(false)} noValidate className="space-y-6">
        <CategoryFields disabled={!canEdit} />
        <section aria-labelledby="offerings-title" className="space-y-4">
          <h2 id="offerings-title" className="text-lg font-semibold">
            {t("offeringsTitle")}
          </h2>
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
                    onMove={(to) => move(index, to)}
                    onRemove={() => remove(index)}
                  />
                </li>
              ))}
            </ol>
          )}
          {canEdit ? (
            <Button
              variant="secondary"
              disabled={fields.length >= MAX_OFFERINGS}
              onClick={() => {
                const categories = form.getValues("categories");
                append(
                  {
                    id: newId(),
                    categoryId: categories[0]?.id ?? "",
                    name: "",
                    definition: "",
                    objective: "",
                    weight: 3,
                    revenueShare: null,
                    tier: "core",
                    audience: "",
                  },
                  { focusName: `offerings.${fields.length}.name` },
                );
              }}
            >
              + {t("addOffering")}
            </Button>
          ) : null}
        </section>
        {canEdit ? (
          <div className="sticky bottom-0 z-10 -mx-4 space-y-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
            <FormAlert tone={status?.tone} message={status?.message} />
            {status?.conflict ? (
              <Button variant="secondary" onClick={() => window.location.reload()}>
                {t("reload")}
              </Button>
            ) : null}
            <div className="flex flex-wrap items-center justify-end gap-3">
              {formState.isDirty ? <span className="mr-auto text-sm text-slate-600">{t("unsavedChanges")}</span> : null}
              <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
                {formState.isSubmitting ? tCommon("saving") : tCommon("save")}
              </Button>
              <Button onClick={save(true)} disabled={formState.isSubmitting}>
                {tCommon("saveAndContinue")}
              </Button>
            </div>
          </div>
        ) : null}
      </form>
    </FormProvider>
  );
}
