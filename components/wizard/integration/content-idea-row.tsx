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
import { anyText, PersonaSelect, RowTextField, useRowCardText, useRowFieldKit } from "./field-kit";

export interface RowProps {
  rowId: string;
  index: number;
  total: number;
  disabled: boolean;
  offerings: readonly IntegrationOffering[];
  personas: readonly IntegrationPersona[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** A piece of content for one persona at one stage of the customer journey. */
export function ContentIdeaRow({ rowId, index, total, disabled, offerings, personas, onMove, onRemove }: RowProps) {
  const t = useTranslations("integration");
  const kit = useRowFieldKit("contentIdeas", index);
  const card = useRowCardText();
  const { getValues } = useFormContext<IntegrationStepInput>();
  const number = index + 1;
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
        <PersonaSelect list="contentIdeas" index={index} disabled={disabled} offerings={offerings} personas={personas} />
        <RowTextField list="contentIdeas" index={index} field="topic" disabled={disabled} />
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
        <RowTextField list="contentIdeas" index={index} field="addresses" multiline disabled={disabled} />
        <RowTextField list="contentIdeas" index={index} field="plannedOn" type="date" optional disabled={disabled} />
      </div>
    </ItemCard>
  );
}
