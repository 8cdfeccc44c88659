"use client";

import { useTranslations } from "next-intl";
import { exampleKey, type ExampleField, type ExampleStep } from "@/lib/wizard/examples";
import { useProjectKind } from "./project-kind";

/** The example of one field, taken from the business of the project's kind. */
export function useExample() {
  const kind = useProjectKind();
  const t = useTranslations("examples");
  return <S extends ExampleStep>(step: S, field: ExampleField<S>): string => t(exampleKey(kind, step, field));
}
