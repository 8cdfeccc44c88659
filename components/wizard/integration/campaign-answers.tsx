"use client";

import { useTranslations } from "next-intl";
import { useController, useWatch } from "react-hook-form";
import type { IntegrationPersona, IntegrationStepInput } from "@/lib/validation/integration-step";
import { PROFILE_ITEM_KINDS, type ProfileAnswer, type ProfileItemKind } from "@/lib/validation/value-map";
import { useRowFieldKit } from "./field-kit";
import { itemsOf, NoProfileItemsNote, useProfileItemError } from "./profile-items";

const GROUP = { pain: "pains", gain: "gains" } as const;

const same = (a: ProfileAnswer, b: ProfileAnswer) => a.personaId === b.personaId && a.kind === b.kind && a.item === b.item;

/**
 * The pains and gains a campaign's message answers, as checkboxes under each of its personas.
 * An answer the persona no longer lists stays ticked under it, so the owner can untick it.
 */
export function CampaignAnswers({
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
  const kit = useRowFieldKit("campaigns", index);
  const errorMessage = useProfileItemError();
  const personaIds = useWatch<IntegrationStepInput, `campaigns.${number}.personaIds`>({ name: `campaigns.${index}.personaIds` });
  const { field } = useController<IntegrationStepInput, `campaigns.${number}.answers`>({ name: `campaigns.${index}.answers` });
  const answers: ProfileAnswer[] = Array.isArray(field.value) ? field.value : [];
  const chosen = (Array.isArray(personaIds) ? personaIds : []).flatMap((id) => personas.find((p) => p.id === id) ?? []);

  const id = kit.id("answers");
  const error = errorMessage(kit.error("answers"));
  const describedBy = [error ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ");
  const toggle = (answer: ProfileAnswer, checked: boolean) =>
    field.onChange(checked ? [...answers, answer] : answers.filter((a) => !same(a, answer)));
  const items = (persona: IntegrationPersona, kind: ProfileItemKind) => {
    const listed = itemsOf(persona, kind);
    const gone = answers.filter((a) => a.personaId === persona.id && a.kind === kind && !listed.includes(a.item)).map((a) => a.item);
    return [...listed, ...gone];
  };
  const lists = chosen.map((persona) => ({
    persona,
    kinds: PROFILE_ITEM_KINDS.map((kind) => ({ kind, items: items(persona, kind) })).filter((list) => list.items.length),
  }));
  // The first box takes the field's ref, so that a server error on the list can focus it.
  const first = lists.find((l) => l.kinds.length);
  const firstKey = first ? `${first.persona.id}:${first.kinds[0]!.kind}:${first.kinds[0]!.items[0]}` : "";

  return (
    <fieldset className="space-y-2" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-900">{kit.label("answers")}</legend>
      {chosen.length === 0 ? <p className="text-sm text-slate-700">{t("answersNoPersonas")}</p> : null}
      {lists.map(({ persona, kinds }, n) => (
        <fieldset key={persona.id} className="space-y-1">
          <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600">{persona.name}</legend>
          {kinds.length === 0 ? <NoProfileItemsNote persona={persona} personasHref={personasHref} /> : null}
          <div className="grid gap-2 sm:grid-cols-2">
            {kinds.map(({ kind, items: list }) => (
              <div key={kind} role="group" aria-labelledby={`${id}-${n}-${kind}`} className="space-y-1 pl-2">
                <p id={`${id}-${n}-${kind}`} className="text-xs text-slate-600">
                  {t(GROUP[kind])}
                </p>
                {list.map((item) => {
                  const answer = { personaId: persona.id, kind, item };
                  return (
                    <label key={item} className="flex items-start gap-2 text-sm">
                      <input
                        type="checkbox"
                        name={field.name}
                        checked={answers.some((a) => same(a, answer))}
                        onChange={(event) => toggle(answer, event.target.checked)}
                        onBlur={field.onBlur}
                        disabled={disabled}
                        ref={`${persona.id}:${kind}:${item}` === firstKey ? field.ref : undefined}
                        className="mt-1"
                      />
                      {item}
                    </label>
                  );
                })}
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {kit.hint("answers")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
