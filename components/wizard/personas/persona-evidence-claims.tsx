"use client";

import { useTranslations } from "next-intl";
import { Controller, useWatch } from "react-hook-form";
import { CLAIM_KINDS, LIST_OF_CLAIM } from "@/lib/validation/persona-validation";
import type { PersonaInput, PersonasStepInput } from "@/lib/validation/personas-step";
import { isClaimConfirmed, toggleClaim } from "@/lib/wizard/persona-validation";
import { usePersonaFieldKit } from "./persona-field-kit";

/**
 * A checklist of the persona's jobs, pains and gains, to tick the ones the evidence bore out.
 * Claims are kept by the item's text; ticking drops any about items the persona no longer
 * has, as the save does.
 */
export function PersonaEvidenceClaims({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const t = useTranslations("evidence.claims");
  const persona = useWatch<PersonasStepInput, `personas.${number}`>({ name: `personas.${index}` }) as PersonaInput;
  const id = kit.id("validation-claims");
  const lists = CLAIM_KINDS.map((kind) => ({ kind, items: persona[LIST_OF_CLAIM[kind]] })).filter((list) => list.items.length);
  return (
    <fieldset id={id} className="space-y-2 border-t border-slate-200 pt-4" aria-describedby={`${id}-hint`}>
      <legend className="float-left mb-1 w-full text-sm font-semibold uppercase tracking-wide text-slate-700">{t("legend")}</legend>
      <p id={`${id}-hint`} className="clear-left text-xs text-slate-600">
        {lists.length ? t("hint") : t("empty")}
      </p>
      <Controller
        control={kit.control}
        name={`personas.${index}.validation.validatedClaims`}
        render={({ field }) => (
          <div className="clear-left grid gap-3 md:grid-cols-3">
            {lists.map(({ kind, items }) => (
              <div key={kind} role="group" aria-labelledby={`${id}-${kind}`} className="space-y-1">
                <p id={`${id}-${kind}`} className="text-xs font-medium text-slate-700">
                  {t(`lists.${kind}`)}
                </p>
                {items.map((item) => (
                  <label key={item} className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={isClaimConfirmed({ validatedClaims: field.value ?? [] }, kind, item)}
                      disabled={disabled}
                      onBlur={field.onBlur}
                      onChange={(e) =>
                        field.onChange(
                          toggleClaim(
                            { ...persona, validation: { ...persona.validation, validatedClaims: field.value ?? [] } },
                            kind,
                            item,
                            e.target.checked,
                          ),
                        )
                      }
                    />
                    <span className="break-words">{item}</span>
                  </label>
                ))}
              </div>
            ))}
          </div>
        )}
      />
    </fieldset>
  );
}
