"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { PersonaOffering } from "@/lib/validation/personas-step";
import { PersonaCard } from "./persona-card";

/**
 * A persona's place in the form's flat list: the key react-hook-form gave it (random, so
 * only for React) and its id (stable between server and browser, so usable in DOM ids).
 */
export interface PersonaSlot {
  key: string;
  id: string;
  index: number;
  /** A saved persona of a long list: its card starts folded. */
  collapsed: boolean;
}

export const offeringSectionId = (offeringId: string) => `offering-${offeringId}`;

/** One offering of step 1 with its personas, in order. */
export function OfferingPersonas({
  offering,
  offerings,
  slots,
  canEdit,
  canAdd,
  canDuplicate,
  onAdd,
  onMove,
  onRemove,
  onDuplicate,
}: {
  offering: PersonaOffering;
  offerings: readonly PersonaOffering[];
  slots: PersonaSlot[];
  canEdit: boolean;
  canAdd: boolean;
  canDuplicate: boolean;
  onAdd: () => void;
  /** Moves the persona at `from` to the place of the one at `to` (both flat indices). */
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onDuplicate: (index: number, targetOfferingId: string) => void;
}) {
  const t = useTranslations("personas");
  const sectionId = offeringSectionId(offering.id);
  return (
    <section id={sectionId} aria-labelledby={`${sectionId}-title`} className="scroll-mt-4 space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id={`${sectionId}-title`} className="text-lg font-semibold">
          {offering.name}
        </h2>
        <span className="text-sm text-slate-600">{t("personaCount", { count: slots.length })}</span>
      </div>
      {slots.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-700">{t("noPersonas")}</p>
      ) : (
        <ol className="space-y-4">
          {slots.map((slot, position) => (
            <li key={slot.key}>
              <PersonaCard
                index={slot.index}
                personaId={slot.id}
                startCollapsed={slot.collapsed}
                offeringId={offering.id}
                offeringName={offering.name}
                offerings={offerings}
                isFirst={position === 0}
                isLast={position === slots.length - 1}
                disabled={!canEdit}
                canDuplicate={canDuplicate}
                onMove={(direction) => onMove(slot.index, slots[position + direction]!.index)}
                onRemove={() => onRemove(slot.index)}
                onDuplicate={(target) => onDuplicate(slot.index, target)}
              />
            </li>
          ))}
        </ol>
      )}
      {canEdit ? (
        <Button variant="secondary" disabled={!canAdd} onClick={onAdd} aria-label={t("addPersonaTo", { offering: offering.name })}>
          + {t("addPersona")}
        </Button>
      ) : null}
    </section>
  );
}
