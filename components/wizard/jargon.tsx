"use client";

import { useTranslations, type Messages } from "next-intl";

export type JargonTerm = keyof Messages["jargon"]["terms"];

/**
 * A "What does … mean?" disclosure per term, placed where the term first appears: the
 * canonical word stays (the method and the plan use it) and one plain sentence explains it.
 */
export function JargonNotes({ terms }: { terms: readonly JargonTerm[] }) {
  const t = useTranslations("jargon");
  return (
    <div className="space-y-1">
      {terms.map((term) => (
        <details key={term} className="text-xs text-slate-700">
          <summary className="cursor-pointer py-1 font-medium text-brand-700 underline">
            {t("question", { term: t(`terms.${term}.term`) })}
          </summary>
          <p className="mt-1 max-w-prose">
            <dfn className="font-semibold not-italic">{t(`terms.${term}.term`)}</dfn>: {t(`terms.${term}.gloss`)}
          </p>
        </details>
      ))}
    </div>
  );
}
