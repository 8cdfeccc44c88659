"use client";

import { useTranslations } from "next-intl";
import { useEffect, type ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { isPersonaDataField, withoutDataField, type PersonaDataField } from "@/lib/validation/persona-from-data";
import type { PersonasStepInput } from "@/lib/validation/personas-step";

// A persona drafted from customer data says, beside each field the data filled, where the value
// came from. Once the owner rewrites such a field the value is theirs, so its mark goes, in the
// form and, through the next autosave, in what is stored.

/** The persona's data marks as the form holds them now. */
function useFromData(index: number) {
  return useWatch<PersonasStepInput, `personas.${number}.fromData`>({ name: `personas.${index}.fromData` }) ?? null;
}

/** Which of the persona's fields still hold what the data put there. */
export function useDataMarked(index: number): (field: PersonaDataField) => boolean {
  const fromData = useFromData(index);
  return (field) => Boolean(fromData?.fields.includes(field));
}

/** A field's label, with the text mark (not a colour alone) when the data filled the field. */
export function MarkedLabel({ label, marked }: { label: ReactNode; marked: boolean }) {
  const t = useTranslations("customerDraft");
  if (!marked) return label;
  return (
    <>
      {label}
      {/* Read as "Location, From your customer data" rather than run together with the label. */}
      <span className="sr-only">,</span>{" "}
      <span className="ml-1 inline-block rounded border border-slate-400 bg-slate-50 px-1.5 text-xs font-normal text-slate-800">
        {t("mark")}
      </span>
    </>
  );
}

/**
 * The one explanation of the marks, above the fields, while any is left; and the watch that
 * takes a field's mark away when the user (not a save's adoption of server values) edits it.
 */
export function PersonaDataNote({ index }: { index: number }) {
  const t = useTranslations("customerDraft");
  const { watch, getValues, setValue } = useFormContext<PersonasStepInput>();
  const fromData = useFromData(index);
  useEffect(() => {
    const prefix = `personas.${index}.`;
    const subscription = watch((_values, { name, type }) => {
      if (type !== "change" || !name?.startsWith(prefix)) return;
      const field = name.slice(prefix.length);
      const current = getValues(`personas.${index}.fromData`) ?? null;
      if (!isPersonaDataField(field) || !current?.fields.includes(field)) return;
      setValue(`personas.${index}.fromData`, withoutDataField(current, field), { shouldDirty: true });
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, setValue, index]);
  if (!fromData?.fields.length) return null;
  return <p className="text-sm text-slate-700 md:col-span-2">{t("markHelp", { customers: fromData.customers })}</p>;
}
