"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { Controller, useWatch } from "react-hook-form";
import type { PersonasStepInput } from "@/lib/validation/personas-step";
import { factorLines, type MotivationRival } from "@/lib/validation/value-map";
import { stepHref } from "@/lib/wizard/steps";
import { usePersonaFieldKit } from "./persona-field-kit";
import { usePersonaRefs } from "./persona-refs";

const key = (text: string) => text.trim().toLocaleLowerCase();

/**
 * Motivations are where the offering can stand out: for each one (a line of the motivations
 * field), the competitors of step 2 that already offer it, as the owner marks them.
 */
export function PersonaRivalsField({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const { competitors } = usePersonaRefs();
  const { projectId } = useParams<{ projectId: string }>();
  const motivations = factorLines(
    useWatch<PersonasStepInput, `personas.${number}.motivations`>({ name: `personas.${index}.motivations` }) ?? "",
  );
  const id = kit.id("motivationRivals");
  if (!motivations.length) return <p className="text-sm text-slate-700">{kit.t("valueMap.rivalsEmpty")}</p>;
  if (!competitors.length)
    return (
      <p className="text-sm text-slate-700">
        {kit.t("valueMap.rivalsNoCompetitors")}{" "}
        <Link href={stepHref(projectId, "competitors")} className="font-semibold text-brand-700 underline">
          {kit.t("valueMap.rivalsStep2")}
        </Link>
      </p>
    );
  return (
    <Controller
      control={kit.control}
      name={kit.path("motivationRivals")}
      render={({ field }) => {
        const rivals: MotivationRival[] = field.value;
        const marked = (motivation: string) => rivals.find((r) => key(r.motivation) === key(motivation))?.competitorIds ?? [];
        const toggle = (motivation: string, competitorId: string, on: boolean) => {
          const before = marked(motivation);
          const ids = competitors.map((c) => c.id).filter((cid) => (cid === competitorId ? on : before.includes(cid)));
          const others = rivals.filter((r) => key(r.motivation) !== key(motivation));
          // Only the motivations written now are kept: one rewritten leaves no stale marks.
          const kept = others.filter((r) => motivations.some((m) => key(m) === key(r.motivation)));
          field.onChange(ids.length ? [...kept, { motivation, competitorIds: ids }] : kept);
        };
        return (
          <div id={id} className="space-y-3">
            <div className="text-xs text-slate-600">{kit.hint("motivationRivals")}</div>
            {motivations.map((motivation, m) => {
              const ids = marked(motivation);
              return (
                <fieldset key={motivation} className="space-y-1 rounded-md bg-slate-50 p-2" aria-describedby={`${id}-${m}-state`}>
                  <legend className="text-sm font-medium text-slate-900">{kit.t("valueMap.rivalsFor", { motivation })}</legend>
                  <div className="flex flex-wrap gap-x-4 gap-y-1">
                    {competitors.map((c) => (
                      <label key={c.id} className="flex items-center gap-2 text-sm">
                        <input
                          type="checkbox"
                          checked={ids.includes(c.id)}
                          disabled={disabled}
                          onChange={(e) => toggle(motivation, c.id, e.target.checked)}
                          onBlur={field.onBlur}
                        />
                        {c.name}
                      </label>
                    ))}
                  </div>
                  <p id={`${id}-${m}-state`} className="text-xs text-slate-700">
                    {ids.length ? null : kit.t("valueMap.nobodyOffers")}
                  </p>
                </fieldset>
              );
            })}
          </div>
        );
      }}
    />
  );
}
