"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Controller, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import * as z from "zod/mini";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { journeyStageSchema, MAX_STAGES, stageName } from "@/lib/validation/journey";
import type { PersonasStepInput } from "@/lib/validation/personas-step";
import { newId } from "@/lib/uuid";
import { JOURNEY_STAGES, type JourneyStage } from "@/lib/wizard/journey-stages";
import { FieldHint } from "../field-kit";
import { useExample } from "../use-example";

export const stageAnchor = (id: string) => `journey-stage-${id}`;

/** A stage's name as the owner reads it, and back: typing a ready-made stage's name keeps its code. */
export function useStageNames() {
  const t = useTranslations("wizard");
  const label = (code: JourneyStage) => t(`stageNames.${code}`);
  return {
    shown: (stored: string) => stageName(stored, label),
    stored: (typed: string) => JOURNEY_STAGES.find((code) => label(code).toLocaleLowerCase() === typed.trim().toLocaleLowerCase()) ?? typed,
  };
}

function AddStage({ disabled, onAdd }: { disabled: boolean; onAdd: (name: string) => void }) {
  const t = useTranslations("personas");
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = z.safeParse(journeyStageSchema.shape.name, name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    setName("");
    onAdd(parsed.data);
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-3">
      <Field id="new-journey-stage" className="min-w-56 flex-1" label={t("stageList.newLabel")} error={error}>
        {(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} disabled={disabled} className={inputClass} />}
      </Field>
      <Button type="submit" variant="secondary" className="sm:mt-6" disabled={disabled}>
        + {t("stageList.add")}
      </Button>
      {disabled ? <p className="w-full text-sm text-slate-600">{t("stageList.full", { max: MAX_STAGES })}</p> : null}
    </form>
  );
}

/**
 * The project's customer-journey stages, kept with the personas because each persona's journey
 * map runs along them. The owner renames, reorders, adds and removes them; removing a stage
 * that content or a map uses is confirmed against the server's list of what it changes.
 */
export function JourneyStagesCard({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("personas");
  const example = useExample();
  const names = useStageNames();
  const { control, formState } = useFormContext<PersonasStepInput>();
  const { fields, append, move, remove } = useFieldArray({ control, name: "stages", keyName: "key" });
  const errors = formState.errors.stages;
  // The buttons name the stage they act on, as it reads now.
  const current = useWatch({ control, name: "stages" }) ?? [];
  const nameAt = (index: number) => names.shown(current[index]?.name ?? "").trim() || t("stageList.nameLabel", { number: index + 1 });
  return (
    <section aria-labelledby="journey-stages-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="space-y-1">
        <h2 id="journey-stages-title" className="text-lg font-semibold">
          {t("stageList.title")}
        </h2>
        <p id="journey-stages-hint" className="text-sm text-slate-700">
          <FieldHint help={t("fields.stages.help")} example={t("example", { text: example("personas", "stages") })} />
        </p>
      </div>
      {errors?.root?.message || errors?.message ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {errors.root?.message ?? errors.message}
        </p>
      ) : null}
      <ol className="space-y-3" aria-describedby="journey-stages-hint">
        {fields.map((field, index) => {
          const number = index + 1;
          return (
            <li key={field.key} id={stageAnchor(field.id)} className="flex flex-wrap items-start gap-2">
              <Controller
                control={control}
                name={`stages.${index}.name`}
                render={({ field: input, fieldState }) => (
                  <Field
                    id={`stages-${index}-name`}
                    className="min-w-48 flex-1"
                    label={t("stageList.nameLabel", { number })}
                    error={fieldState.error?.message}
                  >
                    {(c) => (
                      <input
                        {...c}
                        name={input.name}
                        ref={input.ref}
                        value={names.shown(input.value ?? "")}
                        onChange={(e) => input.onChange(names.stored(e.target.value))}
                        onBlur={input.onBlur}
                        disabled={!canEdit}
                        className={inputClass}
                      />
                    )}
                  </Field>
                )}
              />
              {canEdit ? (
                <div className="flex gap-1 sm:mt-6">
                  <Button
                    variant="ghost"
                    className="px-2"
                    disabled={index === 0}
                    aria-label={t("stageList.moveUp", { name: nameAt(index) })}
                    onClick={() => move(index, index - 1)}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    className="px-2"
                    disabled={index === fields.length - 1}
                    aria-label={t("stageList.moveDown", { name: nameAt(index) })}
                    onClick={() => move(index, index + 1)}
                  >
                    ↓
                  </Button>
                  <Button
                    variant="ghost"
                    className="px-2"
                    disabled={fields.length === 1}
                    aria-label={t("stageList.remove", { name: nameAt(index) })}
                    onClick={() => remove(index)}
                  >
                    ✕
                  </Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canEdit ? (
        <AddStage
          disabled={fields.length >= MAX_STAGES}
          onAdd={(name) => append({ id: newId(), name: names.stored(name) }, { shouldFocus: false })}
        />
      ) : null}
    </section>
  );
}
