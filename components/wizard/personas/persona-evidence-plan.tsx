"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { focusAfterRemoval } from "@/components/ui/focus-after-removal";
import { newId } from "@/lib/uuid";
import { blankPlanItem, isBlankPlanItem, MAX_PLAN_ITEMS, VALIDATION_TEXT_MAX } from "@/lib/validation/persona-validation";
import type { PersonasStepInput } from "@/lib/validation/personas-step";
import { firstErrorCode } from "../first-error-code";
import { WrittenField } from "../written-field";
import { usePersonaFieldKit } from "./persona-field-kit";

/** The written parts of a check, in the order they are asked. */
interface PlanPart {
  part: "what" | "how" | "who" | "due";
  hint?: "whatHint" | "howHint";
  max?: number;
  type?: "date";
}
const PARTS: readonly PlanPart[] = [
  { part: "what", hint: "whatHint", max: VALIDATION_TEXT_MAX.what },
  { part: "how", hint: "howHint", max: VALIDATION_TEXT_MAX.how },
  { part: "who", max: VALIDATION_TEXT_MAX.who },
  { part: "due", type: "date" },
];

/** One check of the plan: what, how, who, by when, and whether it is done. */
function PlanRow({
  index,
  row,
  disabled,
  onRemove,
}: {
  index: number;
  row: number;
  disabled: boolean;
  onRemove: (button: HTMLButtonElement) => void;
}) {
  const kit = usePersonaFieldKit(index);
  const t = useTranslations("evidence.plan");
  const errors = kit.errorsOf("validation")?.plan?.[row];
  const number = row + 1;
  return (
    <li>
      <fieldset className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("row", { number })}</legend>
        <div className="grid gap-3 md:grid-cols-2">
          {PARTS.map(({ part, hint, max, type }) => (
            <WrittenField<PersonasStepInput>
              key={part}
              id={kit.id(`validation-plan-${row}-${part}`)}
              path={`personas.${index}.validation.plan.${row}.${part}`}
              label={t(part)}
              hint={hint && t(hint)}
              error={firstErrorCode(errors?.[part])}
              max={max}
              type={type}
              // Only what to check is needed; the rest can wait until someone takes it on.
              optional={part !== "what"}
              disabled={disabled}
            />
          ))}
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
            <input type="checkbox" {...kit.checkbox(`personas.${index}.validation.plan.${row}.done`)} disabled={disabled} />
            {t("done")}
          </label>
          {disabled ? null : (
            <Button
              variant="ghost"
              className="px-2 py-1 text-red-700"
              aria-label={t("remove", { number })}
              onClick={(e) => onRemove(e.currentTarget)}
            >
              {t("removeShort")}
            </Button>
          )}
        </div>
      </fieldset>
    </li>
  );
}

/**
 * The plan to check what is still a guess, as rows added and removed freely: a row with
 * nothing in it goes at once, one with something written asks first, as the step's lists do.
 */
export function PersonaEvidencePlan({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const t = useTranslations("evidence.plan");
  const { getValues } = useFormContext<PersonasStepInput>();
  const { fields, append, remove } = useFieldArray({ control: kit.control, name: `personas.${index}.validation.plan`, keyName: "key" });
  const [removing, setRemoving] = useState<{ row: number; button: HTMLButtonElement }>();
  const headingId = kit.id("validation-plan-heading");
  const full = fields.length >= MAX_PLAN_ITEMS;
  const removeRow = (row: number, button: HTMLButtonElement) => {
    const refocus = focusAfterRemoval(button);
    remove(row);
    refocus();
  };
  const askToRemove = (row: number, button: HTMLButtonElement) => {
    if (isBlankPlanItem(getValues(`personas.${index}.validation.plan.${row}`))) removeRow(row, button);
    else setRemoving({ row, button });
  };
  return (
    <section aria-labelledby={headingId} className="space-y-3 border-t border-slate-200 pt-4">
      <h4 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        {t("heading")}
      </h4>
      <p className="text-xs text-slate-600">{t("hint")}</p>
      {fields.length === 0 ? <p className="text-sm text-slate-700">{t("empty")}</p> : null}
      <ol className="space-y-3">
        {fields.map((field, row) => (
          <PlanRow key={field.key} index={index} row={row} disabled={disabled} onRemove={(button) => askToRemove(row, button)} />
        ))}
      </ol>
      {disabled ? null : (
        <div className="space-y-1">
          <Button variant="secondary" disabled={full} onClick={() => append(blankPlanItem(newId()), { shouldFocus: true })}>
            {t("add")}
          </Button>
          {full ? <p className="text-xs text-slate-600">{t("full", { max: MAX_PLAN_ITEMS })}</p> : null}
        </div>
      )}
      <ConfirmDialog
        open={removing !== undefined}
        title={t("removeTitle", { number: (removing?.row ?? 0) + 1 })}
        confirmLabel={t("removeConfirm")}
        onConfirm={() => {
          if (removing) removeRow(removing.row, removing.button);
          setRemoving(undefined);
        }}
        onClose={() => setRemoving(undefined)}
      >
        {t("removeBody")}
      </ConfirmDialog>
    </section>
  );
}
