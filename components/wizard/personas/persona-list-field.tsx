"use client";

import { LIST_ITEM_MAX_LENGTH, type PERSONA_LISTS, type PersonasStepInput } from "@/lib/validation/personas-step";
import { TagField } from "../tag-field";
import { usePersonaFieldKit } from "./persona-field-kit";

/** One of a persona's lists (goals, jobs, pains, gains), typed entry by entry. */
export function PersonaListField({ index, field, disabled }: { index: number; field: (typeof PERSONA_LISTS)[number]; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  return (
    <TagField<PersonasStepInput>
      name={kit.path(field)}
      id={kit.id(field)}
      label={kit.label(field)}
      hint={kit.hint(field)}
      maxLength={LIST_ITEM_MAX_LENGTH}
      disabled={disabled}
    />
  );
}

/** Goals, jobs, pains and gains side by side: the customer profile at a glance. */
export function PersonaProfileGrid({ index, disabled }: { index: number; disabled: boolean }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <PersonaListField index={index} field="goals" disabled={disabled} />
      <PersonaListField index={index} field="jobs" disabled={disabled} />
      <PersonaListField index={index} field="pains" disabled={disabled} />
      <PersonaListField index={index} field="gains" disabled={disabled} />
    </div>
  );
}
