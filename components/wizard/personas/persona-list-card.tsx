"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";
import { formatDecisionRoles } from "@/lib/validation/decision-roles";
import { PERSONA_LISTS, type PersonaInput, type PersonaOffering, type PersonasStepInput } from "@/lib/validation/personas-step";
import { ItemCard } from "../item-card";
import { DuplicatePersona } from "./duplicate-persona";
import { unansweredFields } from "./persona-sections";
import { PersonaValidationBadge } from "./persona-validation-badge";
import { ViewLink } from "./persona-view";

const WRITTEN_FIELDS = ["name", "description", "needs", "motivations", "ideals", "attractingContent", "objections"] as const;
const MISSING_SHOWN = 3;

/** Who the persona is in one line, and what is still to answer or to fix. */
function PersonaGist({ index, hasErrors }: { index: number; hasErrors: boolean }) {
  const t = useTranslations("personas");
  const locale = useLocale();
  const persona = useWatch<PersonasStepInput, `personas.${number}`>({ name: `personas.${index}` }) as PersonaInput;
  const missing = unansweredFields(persona);
  return (
    <div className="space-y-1 text-sm">
      <PersonaValidationBadge index={index} />
      <p className="line-clamp-1 text-slate-700">
        <span className="font-medium text-slate-900">
          {formatDecisionRoles(persona.decisionRoles ?? [], (role) => t(`roles.${role}.label`), locale)}
        </span>
        {" · "}
        {persona.description.trim() || t("noDescription")}
      </p>
      {hasErrors ? (
        <p className="font-medium text-red-800">{t("needsAttention")}</p>
      ) : missing.length ? (
        <p className="text-slate-600">
          {t("stillMissing", {
            fields: missing
              .slice(0, MISSING_SHOWN)
              .map((f) => t(`fields.${f}.label`))
              .join(", "),
            more: Math.max(0, missing.length - MISSING_SHOWN),
          })}
        </p>
      ) : (
        <p className="text-green-800">{t("allAnswered")}</p>
      )}
    </div>
  );
}

/** A persona in the list of its offering: what it is, how complete, and what can be done with it. */
export function PersonaListCard({
  index,
  personaId,
  offering,
  offerings,
  href,
  isFirst,
  isLast,
  canEdit,
  canDuplicate,
  onOpen,
  onMove,
  onRemove,
  onDuplicate,
}: {
  index: number;
  personaId: string;
  offering: PersonaOffering;
  offerings: readonly PersonaOffering[];
  href: string;
  isFirst: boolean;
  isLast: boolean;
  canEdit: boolean;
  canDuplicate: boolean;
  onOpen: () => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  onDuplicate: (targetOfferingId: string) => void;
}) {
  const t = useTranslations("personas");
  const { getValues, formState } = useFormContext<PersonasStepInput>();
  const name = useWatch<PersonasStepInput, `personas.${number}.name`>({ name: `personas.${index}.name` })?.trim() || t("untitled");
  return (
    <ItemCard<PersonasStepInput, [`personas.${number}.name`]>
      headingId={`persona-${personaId}-heading`}
      follows={[`personas.${index}.name`]}
      text={([typed]) => {
        const shown = typed?.trim() || t("untitled");
        return {
          heading: t("cardHeading", { offering: offering.name, name: shown }),
          moveUp: t("moveUp", { name: shown }),
          moveDown: t("moveDown", { name: shown }),
          remove: t("remove", { name: shown }),
          removeTitle: t("removeConfirmTitle", { name: shown }),
        };
      }}
      confirm={{ label: t("removeConfirm"), body: t("removeConfirmBody") }}
      disabled={!canEdit}
      isFirst={isFirst}
      isLast={isLast}
      // Only ask when there is something to lose: prefilled demographics alone do not count.
      isBlank={() => {
        const persona = getValues(`personas.${index}`);
        return (
          !WRITTEN_FIELDS.some((f) => persona[f]?.trim()) && !PERSONA_LISTS.some((f) => persona[f]?.length) && !persona.channelIds?.length
        );
      }}
      onMove={onMove}
      onRemove={onRemove}
    >
      <PersonaGist index={index} hasErrors={Boolean(formState.errors.personas?.[index])} />
      <div className="flex flex-wrap gap-2">
        <ViewLink
          id={`persona-${personaId}-open`}
          href={href}
          onFollow={onOpen}
          className={buttonClass("primary", "px-3 py-1")}
          aria-label={t(canEdit ? "editLabel" : "viewLabel", { name })}
        >
          {t(canEdit ? "edit" : "view")}
        </ViewLink>
        {canEdit ? (
          <DuplicatePersona
            personaId={personaId}
            name={name}
            offeringId={offering.id}
            offerings={offerings}
            disabled={!canDuplicate}
            onDuplicate={onDuplicate}
          />
        ) : null}
      </div>
    </ItemCard>
  );
}
