"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { savePersonasStepAction } from "@/lib/actions/save-personas-step";
import { newId } from "@/lib/uuid";
import {
  blankPersona,
  copyPersona,
  MAX_PERSONAS,
  offeringsWithoutPersona,
  personasStepSchema,
  type PersonaDefaults,
  type PersonaOffering,
  type PersonasStepInput,
} from "@/lib/validation/personas-step";
import { StepForm, type StepFormProps } from "../step-form";
import { useStepForm } from "../use-step-form";
import { OfferingPersonas, offeringSectionId, type PersonaSlot } from "./offering-personas";

/** Which offerings still lack a persona, updated as personas are added or removed. */
function PersonaCoverage({ missing, total }: { missing: readonly PersonaOffering[]; total: number }) {
  const t = useTranslations("personas");
  if (total === 0) return null;
  if (missing.length === 0) {
    return <p className="rounded-lg border border-green-300 bg-green-50 p-4 text-sm text-green-900">{t("coverage.allCovered")}</p>;
  }
  return (
    <section aria-labelledby="personas-missing-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 id="personas-missing-title" className="font-semibold">
        {t("coverage.missingTitle")}
      </h2>
      <p className="mt-1">{t("coverage.missingBody")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {missing.map((offering) => (
          <li key={offering.id}>
            <a href={`#${offeringSectionId(offering.id)}`} className="font-medium underline">
              {offering.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

const FOLD_SAVED_AFTER = 4;

export function PersonasForm({
  projectId,
  canEdit,
  nextHref,
  offerings,
  defaults,
  initialValues,
}: StepFormProps<PersonasStepInput> & {
  offerings: PersonaOffering[];
  /** Step 3's demographics, copied into each persona added here. */
  defaults: PersonaDefaults;
}) {
  const t = useTranslations("personas");
  const step = useStepForm({
    schema: personasStepSchema,
    projectId,
    initialValues,
    action: savePersonasStepAction,
    nextHref,
  });
  const { form } = step;
  // The field entries keep the offering a persona was added to, which never changes, so
  // grouping needs no watching of the values.
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "personas", keyName: "key" });
  const slotsByOffering = new Map<string, PersonaSlot[]>(offerings.map((o) => [o.id, []]));
  // Personas whose offering vanished (removed in step 1 while this page was open) stay
  // visible, so the error the save reports on them has somewhere to appear.
  const orphans = new Map<string, PersonaSlot[]>();
  // Past a handful of personas, the saved ones start folded to their description: every card
  // open made the large plan's page 1.3 MB of HTML, rendered on each request, and a list that
  // long is read as a list first. Personas added in this visit stay open.
  const [folded] = useState(() => new Set(initialValues.personas.length > FOLD_SAVED_AFTER ? initialValues.personas.map((p) => p.id) : []));
  fields.forEach((field, index) => {
    const slot = { key: field.key, id: field.id, index, collapsed: folded.has(field.id) };
    const group = slotsByOffering.get(field.offeringId);
    if (group) group.push(slot);
    else orphans.set(field.offeringId, [...(orphans.get(field.offeringId) ?? []), slot]);
  });
  const canAdd = fields.length < MAX_PERSONAS;

  const addPersona = (offeringId: string) =>
    append(blankPersona(newId(), offeringId, defaults), { focusName: `personas.${fields.length}.name` });

  const duplicatePersona = (index: number, targetOfferingId: string) => {
    const source = form.getValues(`personas.${index}`);
    const name = t("duplicate.copyName", { name: source.name.trim() || t("untitled") });
    append(copyPersona(source, newId(), targetOfferingId, name), { focusName: `personas.${fields.length}.name` });
  };

  return (
    <StepForm step={step} canEdit={canEdit} className="space-y-8">
      <PersonaCoverage missing={offeringsWithoutPersona(offerings, fields)} total={offerings.length} />
      {[
        ...offerings.map((offering) => ({ offering, slots: slotsByOffering.get(offering.id) ?? [], known: true })),
        ...[...orphans].map(([id, slots]) => ({ offering: { id, name: t("offeringRemoved") }, slots, known: false })),
      ].map(({ offering, slots, known }) => (
        <OfferingPersonas
          key={offering.id}
          offering={offering}
          offerings={offerings}
          slots={slots}
          canEdit={canEdit}
          canAdd={canAdd && known}
          canDuplicate={canAdd}
          onAdd={() => addPersona(offering.id)}
          onMove={move}
          onRemove={remove}
          onDuplicate={duplicatePersona}
        />
      ))}
    </StepForm>
  );
}
