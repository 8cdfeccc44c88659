"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { PERSONA_LISTS, type PersonaOffering, type PersonasStepInput } from "@/lib/validation/personas-step";
import { ItemCard } from "../item-card";
import { DuplicatePersona } from "./duplicate-persona";
import { PersonaDecisionFields } from "./persona-decision-fields";
import { PersonaSection, PersonaTextField } from "./persona-field-kit";
import { PersonaListField, PersonaProfileGrid } from "./persona-list-field";
import { PersonaWhoFields } from "./persona-who-fields";

const WRITTEN_FIELDS = ["name", "description", "needs", "motivations", "ideals", "attractingContent", "objections"] as const;

/** Opens or folds a card's details; its name follows the persona's, as the heading does. */
function DetailsToggle({
  index,
  expanded,
  detailsId,
  onToggle,
}: {
  index: number;
  expanded: boolean;
  detailsId: string;
  onToggle: () => void;
}) {
  const t = useTranslations("personas");
  const typed = useWatch<PersonasStepInput, `personas.${number}.name`>({ name: `personas.${index}.name` });
  return (
    <Button
      variant="secondary"
      className="px-3 py-1 text-sm"
      aria-expanded={expanded}
      // Only point at the details while they exist.
      aria-controls={expanded ? detailsId : undefined}
      aria-label={t(expanded ? "hideDetails" : "showDetails", { name: typed?.trim() || t("untitled") })}
      onClick={onToggle}
    >
      {t(expanded ? "hideDetailsShort" : "showDetailsShort")}
    </Button>
  );
}

/** A saved persona's card when folded: its description, so the list still reads as a list of people. */
function PersonaSummary({ index }: { index: number }) {
  const description = useWatch<PersonasStepInput, `personas.${number}.description`>({ name: `personas.${index}.description` });
  return description?.trim() ? (
    <p className="line-clamp-2 min-w-0 flex-1 text-sm text-slate-700">{description}</p>
  ) : (
    <span className="flex-1" />
  );
}

export function PersonaCard({
  index,
  personaId,
  startCollapsed = false,
  offeringId,
  offeringName,
  offerings,
  isFirst,
  isLast,
  disabled,
  canDuplicate,
  onMove,
  onRemove,
  onDuplicate,
}: {
  index: number;
  personaId: string;
  /** Saved personas of a long list start folded; see PersonasForm. */
  startCollapsed?: boolean;
  offeringId: string;
  offeringName: string;
  offerings: readonly PersonaOffering[];
  isFirst: boolean;
  isLast: boolean;
  disabled: boolean;
  canDuplicate: boolean;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  onDuplicate: (targetOfferingId: string) => void;
}) {
  const t = useTranslations("personas");
  const { getValues, formState } = useFormContext<PersonasStepInput>();
  const [open, setOpen] = useState(!startCollapsed);
  const detailsId = `persona-${personaId}-details`;
  const offeringGone = Boolean(formState.errors.personas?.[index]?.offeringId);
  // A folded card with a field error opens, so the message is seen where the field is.
  const expanded = open || Boolean(formState.errors.personas?.[index]);
  const toggle = <DetailsToggle index={index} expanded={expanded} detailsId={detailsId} onToggle={() => setOpen(!expanded)} />;

  return (
    <ItemCard<PersonasStepInput, [`personas.${number}.name`]>
      headingId={`persona-${personaId}-heading`}
      follows={[`personas.${index}.name`]}
      text={([typed]) => {
        const name = typed?.trim() || t("untitled");
        return {
          heading: t("cardHeading", { offering: offeringName, name }),
          moveUp: t("moveUp", { name }),
          moveDown: t("moveDown", { name }),
          remove: t("remove", { name }),
          removeTitle: t("removeConfirmTitle", { name }),
        };
      }}
      confirm={{ label: t("removeConfirm"), body: t("removeConfirmBody") }}
      disabled={disabled}
      isFirst={isFirst}
      isLast={isLast}
      // Only ask when there is something to lose: prefilled demographics alone do not count.
      isBlank={() => {
        const persona = getValues(`personas.${index}`);
        return !WRITTEN_FIELDS.some((f) => persona[f]?.trim()) && !PERSONA_LISTS.some((f) => persona[f]?.length);
      }}
      onMove={onMove}
      onRemove={onRemove}
    >
      {offeringGone ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("offeringGone")}
        </p>
      ) : null}

      {expanded ? (
        <div id={detailsId} className="space-y-4">
          <PersonaSection title={t("groups.who")} hint={t("groups.whoHint")}>
            <PersonaWhoFields index={index} disabled={disabled} />
          </PersonaSection>
          <PersonaSection title={t("groups.profile")} hint={t("groups.profileHint")}>
            <PersonaProfileGrid index={index} disabled={disabled} />
          </PersonaSection>
          <PersonaSection title={t("groups.min")} hint={t("groups.minHint")}>
            <div className="grid gap-4 md:grid-cols-3">
              <PersonaTextField index={index} field="needs" disabled={disabled} rows={3} />
              <PersonaTextField index={index} field="motivations" disabled={disabled} rows={3} />
              <PersonaTextField index={index} field="ideals" disabled={disabled} rows={3} />
            </div>
          </PersonaSection>
          <PersonaSection title={t("groups.decision")}>
            <PersonaDecisionFields index={index} disabled={disabled} />
          </PersonaSection>
          <PersonaSection title={t("groups.reach")}>
            <div className="grid gap-4 md:grid-cols-2">
              <PersonaListField index={index} field="channels" disabled={disabled} />
              <PersonaTextField index={index} field="attractingContent" disabled={disabled} rows={2} />
              <PersonaTextField index={index} field="objections" disabled={disabled} rows={3} className="md:col-span-2" />
            </div>
          </PersonaSection>

          {disabled ? null : (
            <DuplicatePersona
              index={index}
              offeringId={offeringId}
              offerings={offerings}
              disabled={!canDuplicate}
              onDuplicate={onDuplicate}
            />
          )}
          {startCollapsed ? <div className="flex justify-end">{toggle}</div> : null}
        </div>
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <PersonaSummary index={index} />
          {toggle}
        </div>
      )}
    </ItemCard>
  );
}
