"use client";

import { Field, inputClass } from "@/components/ui/field";
import { GENERATIONS, type PersonasStepInput } from "@/lib/validation/personas-step";
import { AgeRange } from "../age-range";
import { PersonaB2bFields } from "./persona-b2b-fields";
import { MarkedLabel, PersonaDataNote, useDataMarked } from "./persona-data-marks";
import { PersonaTextField, usePersonaFieldKit } from "./persona-field-kit";

/** Name, description, demographics and generation (the part step 3 prefills), and the company they may buy for. */
export function PersonaWhoFields({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const marked = useDataMarked(index);
  const ageCopy = { ...kit, label: (age: "ageMin" | "ageMax") => <MarkedLabel label={kit.label(age)} marked={marked(age)} /> };
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <PersonaDataNote index={index} />
      <PersonaTextField index={index} field="name" disabled={disabled} />
      <PersonaTextField index={index} field="description" disabled={disabled} rows={3} className="md:row-span-2" />
      <AgeRange<PersonasStepInput> copy={ageCopy} path={kit.path} optional disabled={disabled} className="grid grid-cols-2 gap-4" />
      <PersonaTextField index={index} field="gender" disabled={disabled} />
      <PersonaTextField index={index} field="location" disabled={disabled} />
      <PersonaTextField index={index} field="occupation" disabled={disabled} />
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
      <PersonaB2bFields index={index} disabled={disabled} />
    </div>
  );
}
