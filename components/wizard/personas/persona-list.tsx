"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import * as z from "zod/mini";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { personaSchema, type PersonaOffering } from "@/lib/validation/personas-step";
import { useExample } from "../use-example";
import { PersonaListCard } from "./persona-list-card";

/** A persona's place in the form's flat list: React's key for it, its id, and its index. */
export interface PersonaSlot {
  key: string;
  id: string;
  index: number;
}

/** An offering with its personas in order; `known` is false for an offering removed in step 1. */
export interface PersonaGroup {
  offering: PersonaOffering;
  slots: PersonaSlot[];
  known: boolean;
}

export const offeringSectionId = (offeringId: string) => `offering-${offeringId}`;

/** Which offerings still lack a persona, updated as personas are added or removed. */
function PersonaCoverage({ missing, total }: { missing: readonly PersonaOffering[]; total: number }) {
  const t = useTranslations("personas");
  if (total === 0) return null;
  if (missing.length === 0) {
    return <p className="rounded-lg border border-green-300 bg-green-50 p-4 text-sm text-green-900">{t("coverage.allCovered")}</p>;
  }
  return (
    <section aria-labelledby="personas-missing-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 id="personas-missing-title" className="font-semibold">
        {t("coverage.missingTitle")}
      </h2>
      <p className="mt-1">{t("coverage.missingBody")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {missing.map((offering) => (
          <li key={offering.id}>
            <a href={`#${offeringSectionId(offering.id)}`} className="font-medium underline">
              {offering.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Adding starts with the one required answer, the name, so the new persona can be saved at
 * once; the rest is filled in on the persona's own view.
 */
function AddPersona({ offering, disabled, onAdd }: { offering: PersonaOffering; disabled: boolean; onAdd: (name: string) => void }) {
  const t = useTranslations("personas");
  const example = useExample();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const id = `new-persona-${offering.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = z.safeParse(personaSchema.shape.name, name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    setName("");
    onAdd(parsed.data);
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-wrap items-start gap-3 rounded-lg border border-dashed border-slate-300 bg-white p-4"
    >
      <Field
        id={id}
        className="min-w-56 flex-1"
        label={
          <>
            {t("newPersona.label")} <span className="sr-only">{t("newPersona.forOffering", { offering: offering.name })}</span>
          </>
        }
        hint={t("example", { text: example("personas", "name") })}
        error={error}
      >
        {(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} disabled={disabled} className={inputClass} />}
      </Field>
      <Button
        type="submit"
        variant="secondary"
        className="sm:mt-6"
        disabled={disabled}
        aria-label={t("addPersonaTo", { offering: offering.name })}
      >
        + {t("addPersona")}
      </Button>
    </form>
  );
}

/** Step 4's first view: every offering with cards for its personas, and a way to add one. */
export function PersonaList({
  groups,
  offerings,
  missing,
  canEdit,
  canAdd,
  href,
  onOpen,
  onAdd,
  onMove,
  onRemove,
  onDuplicate,
}: {
  groups: PersonaGroup[];
  offerings: readonly PersonaOffering[];
  /** Offerings without a persona yet. */
  missing: readonly PersonaOffering[];
  canEdit: boolean;
  canAdd: boolean;
  href: (personaId: string) => string;
  onOpen: (personaId: string) => void;
  onAdd: (offeringId: string, name: string) => void;
  /** Moves the persona at `from` to the place of the one at `to` (both flat indices). */
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onDuplicate: (index: number, targetOfferingId: string) => void;
}) {
  const t = useTranslations("personas");
  return (
    <div className="space-y-8">
      <PersonaCoverage missing={missing} total={offerings.length} />
      {groups.map(({ offering, slots, known }) => {
        const sectionId = offeringSectionId(offering.id);
        return (
          <section key={offering.id} id={sectionId} aria-labelledby={`${sectionId}-title`} className="scroll-mt-4 space-y-4">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <h2 id={`${sectionId}-title`} className="text-lg font-semibold">
                {offering.name}
              </h2>
              <span className="text-sm text-slate-600">{t("personaCount", { count: slots.length })}</span>
            </div>
            {slots.length === 0 ? (
              <p className="text-sm text-slate-700">{t("noPersonas")}</p>
            ) : (
              <ol className="space-y-3">
                {slots.map((slot, position) => (
                  <li key={slot.key}>
                    <PersonaListCard
                      index={slot.index}
                      personaId={slot.id}
                      offering={offering}
                      offerings={offerings}
                      href={href(slot.id)}
                      isFirst={position === 0}
                      isLast={position === slots.length - 1}
                      canEdit={canEdit}
                      canDuplicate={canAdd}
                      onOpen={() => onOpen(slot.id)}
                      onMove={(direction) => onMove(slot.index, slots[position + direction]!.index)}
                      onRemove={() => onRemove(slot.index)}
                      onDuplicate={(target) => onDuplicate(slot.index, target)}
                    />
                  </li>
                ))}
              </ol>
            )}
            {canEdit && known ? <AddPersona offering={offering} disabled={!canAdd} onAdd={(name) => onAdd(offering.id, name)} /> : null}
          </section>
        );
      })}
    </div>
  );
}
