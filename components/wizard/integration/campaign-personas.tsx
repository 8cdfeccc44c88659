"use client";

import { useState } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { useErrorMessage } from "@/components/ui/field";
import {
  orderPersonaIds,
  type IntegrationOffering,
  type IntegrationPersona,
  type IntegrationStepInput,
} from "@/lib/validation/integration-step";
import { personasByOffering, useRowFieldKit } from "./field-kit";

/**
 * The campaign's target personas as checkboxes: those of the campaign's offering, or all
 * of them when the owner asks (or already picked one from another offering).
 */
export function CampaignPersonas({
  index,
  disabled,
  offerings,
  personas,
}: {
  index: number;
  disabled: boolean;
  offerings: readonly IntegrationOffering[];
  personas: readonly IntegrationPersona[];
}) {
  const kit = useRowFieldKit("campaigns", index);
  const errorMessage = useErrorMessage();
  const offeringId = useWatch<IntegrationStepInput, `campaigns.${number}.offeringId`>({ name: `campaigns.${index}.offeringId` });
  const { field } = useController<IntegrationStepInput, `campaigns.${number}.personaIds`>({ name: `campaigns.${index}.personaIds` });
  const { getValues, setValue } = useFormContext<IntegrationStepInput>();
  const selected: string[] = Array.isArray(field.value) ? field.value : [];
  const [askedForAll, setAskedForAll] = useState(false);
  const ownIds = new Set(personas.filter((p) => p.offeringId === offeringId).map((p) => p.id));
  const hasOffering = offerings.some((o) => o.id === offeringId);
  const showAll = !hasOffering || askedForAll || selected.some((id) => !ownIds.has(id));
  const groups = personasByOffering(offerings, showAll ? personas : personas.filter((p) => ownIds.has(p.id)));

  const id = kit.id("personaIds");
  const error = errorMessage(kit.error("personaIds"));
  const describedBy = [error ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ");
  const toggle = (personaId: string, checked: boolean) => {
    const next = checked ? [...selected, personaId] : selected.filter((p) => p !== personaId);
    field.onChange(orderPersonaIds(next, personas));
    // A persona the campaign no longer targets takes the pains and gains it answered along.
    const answers = getValues(`campaigns.${index}.answers`);
    if (!checked && answers.some((a) => a.personaId === personaId))
      setValue(
        `campaigns.${index}.answers`,
        answers.filter((a) => a.personaId !== personaId),
        { shouldDirty: true },
      );
  };

  return (
    <fieldset className="space-y-2" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-900">{kit.label("personaIds")}</legend>
      {groups.length === 0 ? <p className="text-sm text-slate-700">{kit.t("campaigns.noOfferingPersonas")}</p> : null}
      {groups.map(({ offering, personas: group }) => (
        <div key={offering.id} className="space-y-1">
          {showAll ? <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{offering.name}</p> : null}
          {group.map((persona) => (
            <label key={persona.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={field.name}
                checked={selected.includes(persona.id)}
                onChange={(event) => toggle(persona.id, event.target.checked)}
                onBlur={field.onBlur}
                disabled={disabled}
                ref={selected[0] === persona.id || (!selected.length && persona === group[0]) ? field.ref : undefined}
              />
              {persona.name}
            </label>
          ))}
        </div>
      ))}
      {hasOffering && !disabled ? (
        <label className="flex items-center gap-2 pt-1 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={showAll}
            disabled={selected.some((p) => !ownIds.has(p))}
            onChange={(e) => setAskedForAll(e.target.checked)}
          />
          {kit.t("campaigns.otherPersonas")}
        </label>
      ) : null}
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {kit.hint("personaIds")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
