"use client";

import { Field, inputClass } from "@/components/ui/field";
import { GENERATIONS, MAX_AGE } from "@/lib/validation/personas-step";
import { numberOrNull, PersonaTextArea, PersonaTextInput, usePersonaFieldKit } from "./persona-field-kit";

/** Name, description, demographics and generation: the part step 3 prefills. */
export function PersonaWhoFields({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const ageField = (field: "ageMin" | "ageMax") => (
    <Field id={kit.id(field)} label={kit.label(field)} hint={kit.hint(field)} error={kit.error(field)} optional>
      {(c) => (
        <input
          {...c}
          {...kit.register(kit.path(field), { setValueAs: numberOrNull })}
          readOnly={disabled}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_AGE}
          step={1}
          className={inputClass}
        />
      )}
    </Field>
  );

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <PersonaTextInput index={index} field="name" disabled={disabled} />
      <PersonaTextArea index={index} field="description" disabled={disabled} rows={3} className="md:row-span-2" />
      <div className="grid grid-cols-2 gap-4">
        {ageField("ageMin")}
        {ageField("ageMax")}
      </div>
      <PersonaTextInput index={index} field="gender" disabled={disabled} />
      <PersonaTextInput index={index} field="location" disabled={disabled} />
      <PersonaTextInput index={index} field="occupation" disabled={disabled} />
      <Field id={kit.id("generation")} label={kit.label("generation")} hint={kit.hint("generation")} error={kit.error("generation")}>
        {(c) => (
          <select {...c} {...kit.register(kit.path("generation"))} disabled={disabled} className={inputClass}>
            <option value="">{kit.t("generations.none")}</option>
            {GENERATIONS.map((generation) => (
              <option key={generation} value={generation}>
                {kit.t(`generations.${generation}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
