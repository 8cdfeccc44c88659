"use client";

import { useTranslations } from "next-intl";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import type { IntegrationPersona, IntegrationStepInput } from "@/lib/validation/integration-step";
import { PROFILE_ITEM_KINDS, type ProfileItemKind } from "@/lib/validation/value-map";
import { useRowFieldKit } from "./field-kit";
import { hasProfileItems, itemsOf, NoProfileItemsNote, useProfileItemError, useRowPersona } from "./profile-items";

/** The option that stands for words the idea already had and that name no item of the persona. */
const KEPT = "kept";
const GROUP = { pain: "pains", gain: "gains" } as const;

const optionValue = (kind: ProfileItemKind, item: string) => `${kind}:${item}`;

function readOption(value: string): { kind: ProfileItemKind | ""; item: string } {
  const colon = value.indexOf(":");
  const kind = value.slice(0, colon);
  return (PROFILE_ITEM_KINDS as readonly string[]).includes(kind)
    ? { kind: kind as ProfileItemKind, item: value.slice(colon + 1) }
    : { kind: "", item: "" };
}

/**
 * The pain or gain a content idea addresses, picked from its persona's lists so the plan can
 * trace it back. Older ideas hold words of their own: those stay, offered as an option of
 * their own, until the owner picks an item.
 */
export function AddressesField({
  index,
  disabled,
  personas,
  personasHref,
}: {
  index: number;
  disabled: boolean;
  personas: readonly IntegrationPersona[];
  personasHref: string;
}) {
  const t = useTranslations("integration.profileItems");
  const kit = useRowFieldKit("contentIdeas", index);
  const errorMessage = useProfileItemError();
  const persona = useRowPersona("contentIdeas", index, personas);
  const { setValue } = useFormContext<IntegrationStepInput>();
  const kindPath = `contentIdeas.${index}.addressesKind` as const;
  const kind = useWatch<IntegrationStepInput, `contentIdeas.${number}.addressesKind`>({ name: kindPath });
  const { field } = useController<IntegrationStepInput, `contentIdeas.${number}.addresses`>({ name: `contentIdeas.${index}.addresses` });
  const { ref, name, onBlur, onChange } = field;
  const text = typeof field.value === "string" ? field.value : "";
  const linked = Boolean(kind && persona && itemsOf(persona, kind).includes(text));
  const value = linked ? optionValue(kind as ProfileItemKind, text) : text ? KEPT : "";

  const id = kit.id("addresses");
  const error = errorMessage(kit.error("addresses"));
  const noItems = persona && !hasProfileItems(persona);
  const describedBy = [error ? `${id}-error` : "", `${id}-hint`, noItems ? `${id}-note` : ""].filter(Boolean).join(" ");

  const choose = (chosen: string) => {
    if (chosen === KEPT) return;
    const next = readOption(chosen);
    onChange(next.item);
    setValue(kindPath, next.kind, { shouldDirty: true });
  };

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {kit.label("addresses")}
      </label>
      <select
        id={id}
        name={name}
        ref={ref}
        value={value}
        onChange={(event) => choose(event.target.value)}
        onBlur={onBlur}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      >
        <option value="">{persona ? t("none") : t("choosePersonaFirst")}</option>
        {value === KEPT ? <option value={KEPT}>{t("earlier", { text })}</option> : null}
        {persona
          ? PROFILE_ITEM_KINDS.filter((k) => itemsOf(persona, k).length).map((k) => (
              <optgroup key={k} label={t(GROUP[k])}>
                {itemsOf(persona, k).map((item) => (
                  <option key={item} value={optionValue(k, item)}>
                    {item}
                  </option>
                ))}
              </optgroup>
            ))
          : null}
      </select>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {kit.hint("addresses")}
      </p>
      {noItems ? <NoProfileItemsNote id={`${id}-note`} persona={persona} personasHref={personasHref} /> : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
