"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import {
  JOURNEY_STAGES,
  type IntegrationOffering,
  type IntegrationPersona,
  type IntegrationStepInput,
} from "@/lib/validation/integration-step";
import { ItemCard } from "../item-card";
import { AddressesField } from "./addresses-field";
import { anyText, PersonaSelect, RowTextField, useRowCardText, useRowFieldKit } from "./field-kit";
import { IdealsNote, useRowPersona } from "./profile-items";

export interface RowProps {
  rowId: string;
  index: number;
  total: number;
  disabled: boolean;
  offerings: readonly IntegrationOffering[];
  personas: readonly IntegrationPersona[];
  /** Step 4, where a persona's pains, gains and ideals are written. */
  personasHref: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** A piece of content for one persona at one stage of the customer journey. */
export function ContentIdeaRow({ rowId, index, total, disabled, offerings, personas, personasHref, onMove, onRemove }: RowProps) {
  const t = useTranslations("integration");
  const kit = useRowFieldKit("contentIdeas", index);
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
        <Field id={kit.id("stage")} label={kit.label("stage")} hint={kit.hint("stage")} error={kit.error("stage")}>
          {(c) => (
            <select {...c} {...kit.register(kit.path("stage"))} disabled={disabled} className={inputClass}>
              {JOURNEY_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {t(`stages.${stage}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <RowTextField list="contentIdeas" index={index} field="format" disabled={disabled} />
        <AddressesField index={index} disabled={disabled} personas={personas} personasHref={personasHref} />
        <RowTextField list="contentIdeas" index={index} field="plannedOn" type="date" optional disabled={disabled} />
      </div>
    </ItemCard>
  );
}
