"use client";

import { useState } from "react";
import { Controller, useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClass, useErrorMessage } from "@/components/ui/field";
import { newId } from "@/lib/uuid";
import type { PersonaInput, PersonasStepInput } from "@/lib/validation/personas-step";
import { factorLines, LIST_OF_KIND, MAX_VALUE_ENTRIES, VALUE_ENTRY_MAX_LENGTH, type ValueKind } from "@/lib/validation/value-map";
import { firstErrorCode } from "../first-error-code";
import { usePersonaFieldKit } from "./persona-field-kit";

const FIELD_OF_KIND = { product: "products", reliever: "relievers", creator: "creators" } as const;

/** The heading of one group of the value map, where the fit's "answer it" links land. */
export const valueGroupId = (index: number, kind: ValueKind) => `personas-${index}-${FIELD_OF_KIND[kind]}-title`;

/** Ticks for the items an entry answers; `value` keeps the order of `items`. */
function TickList({
  legend,
  items,
  value,
  onChange,
  disabled,
}: {
  legend: string;
  items: readonly string[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  disabled: boolean;
}) {
  if (!items.length) return null;
  const ticked = new Set(value.map((v) => v.toLocaleLowerCase()));
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs font-medium text-slate-700">{legend}</legend>
      {items.map((item) => (
        <label key={item} className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1"
            checked={ticked.has(item.toLocaleLowerCase())}
            disabled={disabled}
            onChange={(e) => onChange(items.filter((i) => (i === item ? e.target.checked : ticked.has(i.toLocaleLowerCase()))))}
          />
          <span className="break-words">{item}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The value map of one persona: what its offering brings, in three groups (products and
 * services for jobs, relievers for pains, creators for gains), each entry ticking the items
 * it answers and the needs it meets. One entry may answer several items; several may answer one.
 */
export function PersonaValueMapField({ index, kind, disabled }: { index: number; kind: ValueKind; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const errorMessage = useErrorMessage();
  const persona = useWatch<PersonasStepInput, `personas.${number}`>({ name: `personas.${index}` }) as PersonaInput;
  const { fields, append, remove } = useFieldArray({ control: kit.control, name: `personas.${index}.valueMap`, keyName: "key" });
  const [removing, setRemoving] = useState<number>();
  const field = FIELD_OF_KIND[kind];
  const id = kit.id(field);
  const items = persona[LIST_OF_KIND[kind]];
  const needs = factorLines(persona.needs);
  const mine = fields.map((f, i) => ({ f, i })).filter(({ f }) => f.kind === kind);
  const errors = kit.errorsOf("valueMap");
  return (
    <section aria-labelledby={valueGroupId(index, kind)} className="space-y-2 rounded-md border border-slate-200 p-3">
      <h5 id={valueGroupId(index, kind)} tabIndex={-1} className="text-sm font-semibold text-slate-900">
        {kit.label(field)}
      </h5>
      <div className="text-xs text-slate-600">{kit.hint(field)}</div>
      {items.length === 0 ? <p className="text-sm text-slate-700">{kit.t(`valueMap.emptyList.${kind}`)}</p> : null}
      {mine.length === 0 ? <p className="text-sm text-slate-600">{kit.t("valueMap.noEntries")}</p> : null}
      <ol className="space-y-3">
        {mine.map(({ f, i }, position) => {
          const textId = `${id}-${position}`;
          const error = errorMessage(firstErrorCode(errors?.[i]?.text) ?? firstErrorCode(errors?.[i]));
          return (
            <li key={f.key} className="space-y-2 rounded-md bg-slate-50 p-2">
              <label htmlFor={textId} className="block text-xs font-medium text-slate-700">
                {kit.t("valueMap.entryText", { position: position + 1 })}
              </label>
              <input
                id={textId}
                className={inputClass}
                maxLength={VALUE_ENTRY_MAX_LENGTH + 50}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${textId}-error` : undefined}
                {...kit.register(`personas.${index}.valueMap.${i}.text`)}
              />
              {error ? (
                <p id={`${textId}-error`} className="text-sm font-medium text-red-700">
                  {error}
                </p>
              ) : null}
              <div className="grid gap-2 sm:grid-cols-2">
                <Controller
                  control={kit.control}
                  name={`personas.${index}.valueMap.${i}.answers`}
                  render={({ field: answers }) => (
                    <TickList
                      legend={kit.t(`valueMap.answers.${kind}`)}
                      items={items}
                      value={answers.value}
                      onChange={answers.onChange}
                      disabled={disabled}
                    />
                  )}
                />
                <Controller
                  control={kit.control}
                  name={`personas.${index}.valueMap.${i}.needs`}
                  render={({ field: met }) => (
                    <TickList
                      legend={kit.t("valueMap.meetsNeeds")}
                      items={needs}
                      value={met.value}
                      onChange={met.onChange}
                      disabled={disabled}
                    />
                  )}
                />
              </div>
              {disabled ? null : (
                <Button variant="secondary" onClick={() => setRemoving(i)} aria-describedby={textId}>
                  {kit.t("valueMap.removeEntry")}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {disabled ? null : (
        <Button
          variant="secondary"
          disabled={fields.length >= MAX_VALUE_ENTRIES}
          onClick={() => append({ id: newId(), kind, text: "", answers: [], needs: [] }, { shouldFocus: true })}
        >
          {kit.t("valueMap.addEntry", { kind: kit.t(`valueMap.entryKinds.${kind}`) })}
        </Button>
      )}
      <ConfirmDialog
        open={removing !== undefined}
        title={kit.t("valueMap.removeEntry")}
        confirmLabel={kit.t("valueMap.removeEntry")}
        onConfirm={() => {
          if (removing !== undefined) remove(removing);
          setRemoving(undefined);
        }}
        onClose={() => setRemoving(undefined)}
      >
        {removing !== undefined ? <p>«{persona.valueMap[removing]?.text || "…"}»</p> : null}
      </ConfirmDialog>
    </section>
  );
}
