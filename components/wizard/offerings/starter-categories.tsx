"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/**
 * Categories that fit the kind of business, one click each, beside "start from scratch" as an
 * equal choice. An added suggestion stays in place, marked, so focus never falls to the page.
 */
export function StarterCategories({
  names,
  added,
  onAdd,
  onScratch,
}: {
  names: readonly string[];
  /** Lower-cased names of the categories already in the form. */
  added: ReadonlySet<string>;
  onAdd: (name: string) => void;
  /** Offered only while there is no category at all. */
  onScratch?: () => void;
}) {
  const t = useTranslations("projectKind.starters");
  return (
    <section
      aria-labelledby="starter-categories-title"
      className="space-y-2 rounded-md border border-dashed border-brand-600 bg-brand-50 p-4"
    >
      <h3 id="starter-categories-title" className="font-semibold text-slate-900">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("body")}</p>
      <div className="flex flex-wrap gap-2">
        {names.map((name) => {
          const done = added.has(name.toLocaleLowerCase());
          return (
            <button
              key={name}
              type="button"
              aria-label={t("add", { name })}
              aria-disabled={done || undefined}
              onClick={() => (done ? undefined : onAdd(name))}
              className={buttonClass("secondary", `rounded-full ${done ? "border-brand-700 text-brand-800" : ""}`)}
            >
              {done ? "✓ " : "+ "}
              {name}
            </button>
          );
        })}
        {onScratch ? (
          <button
            type="button"
            onClick={onScratch}
            aria-describedby="starter-scratch-hint"
            className={buttonClass("secondary", "rounded-full")}
          >
            {t("scratch")}
          </button>
        ) : null}
      </div>
      {onScratch ? (
        <p id="starter-scratch-hint" className="text-xs text-slate-600">
          {t("scratchHint")}
        </p>
      ) : null}
    </section>
  );
}
