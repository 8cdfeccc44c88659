"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FieldHint } from "../field-kit";
import { useExample } from "../use-example";

/** The fields of step 2 that carry a label, a help text and an example in the messages. */
export type CompetitorsFieldKey =
  | "name"
  | "website"
  | "overlap"
  | "revenueModel"
  | "channels"
  | "notes"
  | "socialNetworks"
  | "otherNetworks"
  | "media"
  | "keywords"
  | "needs"
  | "painPoints";

/** Label and hint (help text plus a concrete example) of every field, from one place. */
export function useFieldCopy() {
  const t = useTranslations("competitors");
  const example = useExample();
  return {
    t,
    label: (field: CompetitorsFieldKey): string => t(`fields.${field}.label`),
    hint: (field: CompetitorsFieldKey): ReactNode => (
      <FieldHint help={t(`fields.${field}.help`)} example={t("example", { text: example("competitors", field) })} />
    ),
  };
}
