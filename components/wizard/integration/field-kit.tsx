"use client";

import type { ReactNode } from "react";
import { useTranslations, type Messages } from "next-intl";
import { useFormContext, type FieldPath } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useFieldRegistration } from "@/components/ui/use-field-registration";
import {
  ROW_TEXT_LIMITS,
  type IntegrationOffering,
  type IntegrationPersona,
  type IntegrationStepInput,
} from "@/lib/validation/integration-step";
import type { ExampleField } from "@/lib/wizard/examples";
import { FieldHint } from "../field-kit";
import type { ItemCardText } from "../item-card";
import { useExample } from "../use-example";
import { WrittenField } from "../written-field";

/** The three lists of step 5, named as in the form values and the messages. */
export type IntegrationList = "contentIdeas" | "socialPlans" | "campaigns";
export type IntegrationPath = FieldPath<IntegrationStepInput>;
/** A field of one list's rows, as named under `integration.fields.<list>`. */
export type RowField<L extends IntegrationList> = keyof Messages["integration"]["fields"][L] & string;
type FieldText = "label" | "help" | "example";
// Checked by t(): every field of every list has a label, a help text and an example.
type RowFieldKey = { [L in IntegrationList]: `fields.${L}.${RowField<L>}.${FieldText}` }[IntegrationList];

/** Whether anything was written in these fields: a blank row goes without a confirmation. */
export const anyText = (...values: (string | undefined)[]) => values.some((v) => v?.trim());

/** What every row card of the step says besides its own heading: the moves are named after the heading. */
export function useRowCardText() {
  const t = useTranslations("integration");
  return {
    text: ({ heading, remove, removeTitle }: Pick<ItemCardText, "heading" | "remove" | "removeTitle">): ItemCardText => ({
      heading,
      moveUp: t("moveUp", { name: heading }),
      moveDown: t("moveDown", { name: heading }),
      remove,
      removeTitle,
    }),
    confirm: { label: t("removeConfirm"), body: t("removeConfirmBody") },
  };
}

/** Ids, names, labels, hints and errors of one row's fields, so the field components stay short. */
export function useRowFieldKit<L extends IntegrationList>(list: L, index: number) {
  const t = useTranslations("integration");
  const { control, formState } = useFormContext<IntegrationStepInput>();
  const registration = useFieldRegistration<IntegrationStepInput>();
  // TypeScript cannot follow a generic list into its own fields' keys.
  const text = (field: RowField<L>, part: FieldText) => `fields.${list}.${field}.${part}` as RowFieldKey;
  const example = useExample();
  const errors = formState.errors[list]?.[index] as Record<string, { message?: string; root?: { message?: string } }> | undefined;
  return {
    t,
    control,
    register: registration.field,
    radio: registration.radio,
    id: (field: string) => `${list}-${index}-${field}`,
    path: (field: string) => `${list}.${index}.${field}` as IntegrationPath,
    label: (field: RowField<L>) => t(text(field, "label")),
    hint: (field: RowField<L>) => (
      <FieldHint
        help={t(text(field, "help"))}
        example={t("example", { text: example("integration", `${list}.${field}` as ExampleField<"integration">) })}
      />
    ),
    error: (field: string) => errors?.[field]?.message ?? errors?.[field]?.root?.message,
  };
}

/** A written field of a row: a two-row text area when `multiline`, otherwise a one-line input of `type`. */
export function RowTextField<L extends IntegrationList>({
  list,
  index,
  field,
  disabled,
  multiline,
  type = "text",
  optional,
  className = "",
  note,
}: {
  list: L;
  index: number;
  field: RowField<L>;
  disabled: boolean;
  multiline?: boolean;
  type?: "text" | "date";
  optional?: boolean;
  className?: string;
  /** A small note under the field, such as the persona's key message. */
  note?: ReactNode;
}) {
  const kit = useRowFieldKit(list, index);
  const limits: Partial<Record<string, number>> = ROW_TEXT_LIMITS[list];
  if (note) {
    return (
      <div className={`space-y-1 ${className}`}>
        <RowTextField list={list} index={index} field={field} disabled={disabled} multiline={multiline} type={type} optional={optional} />
        {note}
      </div>
    );
  }
  return (
    <WrittenField<IntegrationStepInput>
      id={kit.id(field)}
      path={kit.path(field)}
      label={kit.label(field)}
      hint={kit.hint(field)}
      error={kit.error(field)}
      optional={optional}
      max={limits[field]}
      rows={multiline ? 2 : undefined}
      type={type}
      disabled={disabled}
      className={className}
    />
  );
}

/** Personas grouped by the offering they belong to, as step 4 shows them. */
export function personasByOffering(offerings: readonly IntegrationOffering[], personas: readonly IntegrationPersona[]) {
  return offerings
    .map((offering) => ({ offering, personas: personas.filter((p) => p.offeringId === offering.id) }))
    .filter((group) => group.personas.length > 0);
}

/** A select of the project's personas, grouped by offering; starts on "Choose a persona". */
export function PersonaSelect({
  list,
  index,
  disabled,
  offerings,
  personas,
  onChange,
}: {
  list: "contentIdeas" | "socialPlans";
  index: number;
  disabled: boolean;
  offerings: readonly IntegrationOffering[];
  personas: readonly IntegrationPersona[];
  /** After the owner picks another persona. */
  onChange?: () => void;
}) {
  const kit = useRowFieldKit(list, index);
  return (
    <Field id={kit.id("personaId")} label={kit.label("personaId")} hint={kit.hint("personaId")} error={kit.error("personaId")}>
      {(c) => (
        <select {...c} {...kit.register(kit.path("personaId"), { onChange })} disabled={disabled} className={inputClass}>
          <option value="">{kit.t("choosePersona")}</option>
          {personasByOffering(offerings, personas).map(({ offering, personas: group }) => (
            <optgroup key={offering.id} label={offering.name}>
              {group.map((persona) => (
                <option key={persona.id} value={persona.id}>
                  {persona.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
