"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import type { IntegrationOffering, IntegrationPersona, IntegrationStage, IntegrationStepInput } from "@/lib/validation/integration-step";
import { ItemCard } from "../item-card";
import { AddressesField } from "./addresses-field";
import { anyText, PersonaSelect, RowTextField, useRowCardText } from "./field-kit";
import { IdealsNote, useRowPersona } from "./profile-items";
import { RowStageField } from "./stage-field";

export interface RowProps {
  rowId: string;
  index: number;
  total: number;
  disabled: boolean;
  offerings: readonly IntegrationOffering[];
  personas: readonly IntegrationPersona[];
  /** The project's journey stages, in order. */
  stages: readonly IntegrationStage[];
  /** Step 4, where a persona's pains, gains and ideals are written. */
  personasHref: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** A piece of content for one persona at one stage of the customer journey. */
export function ContentIdeaRow({ rowId, index, total, disabled, offerings, personas, stages, personasHref, onMove, onRemove }: RowProps) {
  const t = useTranslations("integration");
  const card = useRowCardText();
  const { getValues, setValue } = useFormContext<IntegrationStepInput>();
  const persona = useRowPersona("contentIdeas", index, personas);
  const number = index + 1;
  // A pain or gain belongs to one persona: picking another one drops the link (words of the
  // owner's own, not linked to any item, stay).
  const unlink = () => {
    if (!getValues(`contentIdeas.${index}.addressesKind`)) return;
    setValue(`contentIdeas.${index}.addresses`, "", { shouldDirty: true });
    setValue(`contentIdeas.${index}.addressesKind`, "", { shouldDirty: true });
  };
  return (
    <ItemCard<IntegrationStepInput, [`contentIdeas.${number}.topic`]>
      headingId={`content-idea-${rowId}`}
      follows={[`contentIdeas.${index}.topic`]}
      text={([topic]) => {
        const title = topic?.trim() || t("untitled");
        return card.text({
          heading: t("content.cardHeading", { number, topic: title }),
          remove: t("content.remove", { number }),
          removeTitle: t("content.removeTitle", { topic: title }),
        });
      }}
      confirm={card.confirm}
      disabled={disabled}
      isFirst={index === 0}
      isLast={index === total - 1}
      isBlank={() => {
        const idea = getValues(`contentIdeas.${index}`);
        return !anyText(idea.topic, idea.format, idea.addresses, idea.plannedOn);
      }}
      onMove={(direction) => onMove(index, index + direction)}
      onRemove={() => onRemove(index)}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <PersonaSelect list="contentIdeas" index={index} disabled={disabled} offerings={offerings} personas={personas} onChange={unlink} />
        <RowTextField list="contentIdeas" index={index} field="topic" disabled={disabled} note={<IdealsNote persona={persona} />} />
        <RowStageField list="contentIdeas" index={index} disabled={disabled} stages={stages} />
        <RowTextField list="contentIdeas" index={index} field="format" disabled={disabled} />
        <AddressesField index={index} disabled={disabled} personas={personas} personasHref={personasHref} />
        <RowTextField list="contentIdeas" index={index} field="plannedOn" type="date" optional disabled={disabled} />
      </div>
    </ItemCard>
  );
}
