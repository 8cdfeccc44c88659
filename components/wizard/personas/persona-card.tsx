"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { PERSONA_LISTS, type PersonaOffering, type PersonasStepInput } from "@/lib/validation/personas-step";
import { DuplicatePersona } from "./duplicate-persona";
import { PersonaDecisionFields } from "./persona-decision-fields";
import { PersonaSection, PersonaTextArea } from "./persona-field-kit";
import { PersonaListField, PersonaProfileGrid } from "./persona-list-field";
import { PersonaWhoFields } from "./persona-who-fields";

const WRITTEN_FIELDS = ["name", "description", "needs", "motivations", "ideals", "attractingContent", "objections"] as const;

/**
 * Heading and the card's buttons: only this part follows the name as it is typed, so the
 * rest of the card does not re-render on every keystroke.
 */
function PersonaCardHeader({
  headingId,
  index,
  offeringName,
  disabled,
  isFirst,
  isLast,
  onMove,
  onRemove,
}: {
  headingId: string;
  index: number;
  offeringName: string;
  disabled: boolean;
  isFirst: boolean;
  isLast: boolean;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("personas");
  const tCommon = useTranslations("common");
  const typed = useWatch<PersonasStepInput, `personas.${number}.name`>({ name: `personas.${index}.name` });
  const name = typed?.trim() || t("untitled");
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <h3 id={headingId} className="text-base font-semibold">
        {t("cardHeading", { offering: offeringName, name })}
      </h3>
      {disabled ? null : (
        <div className="flex gap-1">
          <Button variant="ghost" className="px-2 py-1" disabled={isFirst} onClick={() => onMove(-1)} aria-label={t("moveUp", { name })}>
            ↑ {tCommon("moveUp")}
          </Button>
          <Button variant="ghost" className="px-2 py-1" disabled={isLast} onClick={() => onMove(1)} aria-label={t("moveDown", { name })}>
            ↓ {tCommon("moveDown")}
          </Button>
          <Button variant="ghost" className="px-2 py-1 text-red-700" onClick={onRemove} aria-label={t("remove", { name })}>
            {tCommon("remove")}
          </Button>
        </div>
      )}
    </div>
  );
}

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
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState(!startCollapsed);
  const headingId = `persona-${personaId}-heading`;
  const detailsId = `persona-${personaId}-details`;
  const currentName = () => getValues(`personas.${index}.name`)?.trim() || t("untitled");
  const offeringGone = Boolean(formState.errors.personas?.[index]?.offeringId);
  // A folded card with a field error opens, so the message is seen where the field is.
  const expanded = open || Boolean(formState.errors.personas?.[index]);
  const toggle = <DetailsToggle index={index} expanded={expanded} detailsId={detailsId} onToggle={() => setOpen(!expanded)} />;

  // Only ask when there is something to lose: prefilled demographics alone do not count.
  const requestRemoval = () => {
    const persona = getValues(`personas.${index}`);
    const written = WRITTEN_FIELDS.some((f) => persona[f]?.trim()) || PERSONA_LISTS.some((f) => persona[f]?.length);
    if (written) setConfirming(true);
    else onRemove();
  };

  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <PersonaCardHeader
        headingId={headingId}
        index={index}
        offeringName={offeringName}
        disabled={disabled}
        isFirst={isFirst}
        isLast={isLast}
        onMove={onMove}
        onRemove={requestRemoval}
      />
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
              <PersonaTextArea index={index} field="needs" disabled={disabled} rows={3} />
              <PersonaTextArea index={index} field="motivations" disabled={disabled} rows={3} />
              <PersonaTextArea index={index} field="ideals" disabled={disabled} rows={3} />
            </div>
          </PersonaSection>
          <PersonaSection title={t("groups.decision")}>
            <PersonaDecisionFields index={index} disabled={disabled} />
          </PersonaSection>
          <PersonaSection title={t("groups.reach")}>
            <div className="grid gap-4 md:grid-cols-2">
              <PersonaListField index={index} field="channels" disabled={disabled} />
              <PersonaTextArea index={index} field="attractingContent" disabled={disabled} />
              <PersonaTextArea index={index} field="objections" disabled={disabled} rows={3} className="md:col-span-2" />
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
      <ConfirmDialog
        open={confirming}
        title={t("removeConfirmTitle", { name: currentName() })}
        confirmLabel={t("removeConfirm")}
        onConfirm={() => {
          setConfirming(false);
          onRemove();
        }}
        onClose={() => setConfirming(false)}
      >
        {t("removeConfirmBody")}
      </ConfirmDialog>
    </article>
  );
}
