"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClass, useErrorMessage } from "@/components/ui/field";
import type { PersonasStepInput } from "@/lib/validation/personas-step";
import { ViewLink } from "./persona-view";
import { usePersonaFieldKit } from "./persona-field-kit";
import { usePersonaRefs } from "./persona-refs";

/**
 * The intermediary as a second customer: an end customer who buys through one links to the
 * intermediary's own persona (or creates it), and the intermediary's persona names the end
 * customer it leads to, so each has its own profile and value map.
 */
export function PersonaIntermediaryField({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const errorMessage = useErrorMessage();
  const { getValues } = useFormContext<PersonasStepInput>();
  const refs = usePersonaRefs();
  const personas = useWatch<PersonasStepInput, "personas">({ name: "personas" }) ?? [];
  const self = personas[index];
  if (!self) return null;
  const name = (p: { name: string }) => p.name.trim() || kit.t("untitled");
  const intermediaries = personas.filter((p) => p.intermediaryFor === self.id);
  const id = kit.id("intermediaryFor");
  const error = errorMessage(kit.error("intermediaryFor"));
  return (
    <div className="space-y-3">
      {self.needsIntermediary ? (
        <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          {intermediaries.length ? (
            <p>
              {kit.t("valueMap.intermediaryLinked", { names: intermediaries.map(name).join(", ") })}{" "}
              {intermediaries.map((p) => (
                <ViewLink
                  key={p.id}
                  href={refs.personaHref(p.id)}
                  onFollow={() => refs.openPersona(p.id)}
                  className="mr-2 font-semibold text-brand-700 underline"
                >
                  {kit.t("valueMap.intermediaryOpen", { name: name(p) })}
                </ViewLink>
              ))}
            </p>
          ) : (
            <p>{kit.t("valueMap.intermediaryNeeded")}</p>
          )}
          {disabled ? null : (
            <Button variant="secondary" onClick={() => refs.addIntermediary(index)}>
              {kit.t("valueMap.intermediaryAdd")}
            </Button>
          )}
        </div>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-900">
          {kit.label("intermediaryFor")}
        </label>
        <select
          id={id}
          className={inputClass}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ")}
          {...kit.register(kit.path("intermediaryFor"))}
        >
          <option value="">{kit.t("valueMap.intermediaryNone")}</option>
          {getValues("personas")
            .filter((p) => p.id !== self.id && p.intermediaryFor !== self.id)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {name(p)}
              </option>
            ))}
        </select>
        {error ? (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <div id={`${id}-hint`} className="text-xs text-slate-600">
          {kit.hint("intermediaryFor")}
        </div>
      </div>
    </div>
  );
}
