"use client";

import { Controller } from "react-hook-form";
import { useErrorMessage } from "@/components/ui/field";
import { sortGenerations } from "@/lib/validation/demographics-step";
import { GENERATIONS } from "@/lib/validation/personas-step";
import { useDemographicsFieldKit } from "./field-kit";

/**
 * One checkbox per generation with its birth years. Controlled, so the server HTML already
 * shows the saved choice, and the list stays in the method's order however it is ticked.
 */
export function GenerationCheckboxes({ disabled }: { disabled: boolean }) {
  const kit = useDemographicsFieldKit();
  const errorMessage = useErrorMessage()(kit.error("generations"));
  const id = kit.id("generations");
  const describedBy = [errorMessage ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ");
  return (
    <Controller
      control={kit.control}
      name="generations"
      render={({ field }) => (
        <fieldset className="space-y-2" aria-describedby={describedBy}>
          <legend className="text-sm font-medium text-slate-900">{kit.label("generations")}</legend>
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {kit.hint("generations")}
          </p>
          <div className="grid gap-2 sm:grid-cols-2">
            {GENERATIONS.map((generation, i) => (
              <label
                key={generation}
                className="flex items-start gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  type="checkbox"
                  ref={i === 0 ? field.ref : undefined}
                  name={field.name}
                  value={generation}
                  checked={field.value.includes(generation)}
                  disabled={disabled}
                  onBlur={field.onBlur}
                  onChange={(e) =>
                    field.onChange(
                      e.target.checked ? sortGenerations([...field.value, generation]) : field.value.filter((g) => g !== generation),
                    )
                  }
                  className="mt-0.5"
                />
                {kit.t(`generationOptions.${generation}`)}
              </label>
            ))}
          </div>
          {errorMessage ? (
            <p id={`${id}-error`} className="text-sm font-medium text-red-700">
              {errorMessage}
            </p>
          ) : null}
        </fieldset>
      )}
    />
  );
}
