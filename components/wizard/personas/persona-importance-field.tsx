"use client";

import { Controller, useWatch } from "react-hook-form";
import type { PersonaInput, PersonasStepInput } from "@/lib/validation/personas-step";
import { IMPORTANCE, PROFILE_LISTS, type Importance, type ProfileImportance } from "@/lib/validation/value-map";
import { importanceOf } from "@/lib/wizard/fit";
import { usePersonaFieldKit } from "./persona-field-kit";

/** Each job, pain and gain with how much it matters to the persona, picked from three levels. */
export function PersonaImportanceField({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const persona = useWatch<PersonasStepInput, `personas.${number}`>({ name: `personas.${index}` }) as PersonaInput;
  const id = kit.id("importance");
  const lists = PROFILE_LISTS.filter((list) => persona[list].length > 0);
  return (
    <Controller
      control={kit.control}
      name={kit.path("importance")}
      render={({ field }) => {
        const ranked: ProfileImportance = field.value;
        const set = (list: (typeof PROFILE_LISTS)[number], item: string, level: Importance) =>
          field.onChange({ ...ranked, [list]: { ...ranked[list], [item]: level } });
        return (
          <div id={id} className="space-y-3" aria-describedby={`${id}-hint`}>
            <div id={`${id}-hint`} className="text-xs text-slate-600">
              {kit.hint("importance")}
            </div>
            {lists.length === 0 ? <p className="text-sm text-slate-700">{kit.t("valueMap.rankEmpty")}</p> : null}
            {lists.map((list) => (
              <div key={list} className="space-y-1">
                <h5 className="text-sm font-medium text-slate-900">{kit.label(list)}</h5>
                <ul className="grid gap-1 md:grid-cols-2">
                  {persona[list].map((item, i) => (
                    <li key={item} className="flex items-center justify-between gap-2 rounded-md bg-slate-50 px-2 py-1 text-sm">
                      <span className="min-w-0 flex-1 break-words">{item}</span>
                      <select
                        id={`${id}-${list}-${i}`}
                        aria-label={kit.t("valueMap.importanceOf", { item })}
                        value={importanceOf(ranked, list, item)}
                        onChange={(e) => set(list, item, e.target.value as Importance)}
                        onBlur={field.onBlur}
                        disabled={disabled}
                        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 shadow-sm"
                      >
                        {IMPORTANCE.map((level) => (
                          <option key={level} value={level}>
                            {kit.t(`valueMap.importanceLevels.${level}`)}
                          </option>
                        ))}
                      </select>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        );
      }}
    />
  );
}
