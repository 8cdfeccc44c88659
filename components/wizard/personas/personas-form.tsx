"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useFieldArray, useForm, useWatch, type FieldPath, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { savePersonasStepAction } from "@/lib/actions/save-personas-step";
import { newId } from "@/lib/uuid";
import { stageName } from "@/lib/validation/journey";
import {
  blankPersona,
  copyPersona,
  MAX_PERSONAS,
  offeringsWithoutPersona,
  personasFormSchema,
  personasStepSchema,
  type PersonaCompetitor,
  type PersonaDefaults,
  type PersonaOffering,
  type PersonasStepInput,
} from "@/lib/validation/personas-step";
import { AutosaveStatus } from "../autosave-status";
import type { StepFormProps } from "../step-form";
import { useAutosave } from "../use-autosave";
import { PersonaEditor, personaHeadingId, sectionHeadingId } from "./persona-editor";
import { PersonaList, type PersonaGroup, type PersonaSlot } from "./persona-list";
import { JourneyStagesCard } from "./journey-stages-card";
import { adoptStoredIds, adoptStoredStages, PERSONA_SECTIONS, sectionOf } from "./persona-sections";
import { PersonaRefsProvider, type PersonaStage } from "./persona-refs";
import type { JourneyPlanItem } from "@/lib/wizard/journey-plan";
import { usePersonaView, type PersonaView } from "./persona-view";

/** Where the focus goes once a view change has rendered: an element id, or a field's name. */
type FocusTarget = { id: string } | { field: FieldPath<PersonasStepInput> };

/**
 * Step 4: a list of persona cards per offering, and one persona at a time in sections. The
 * whole step is still one form saved through the step's versioned action, a moment after
 * each change (useAutosave), so moving between personas never loses or forks anything.
 */
export function PersonasForm({
  projectId,
  canEdit,
  nextHref,
  offerings,
  competitors,
  defaults,
  stages,
  planItems: initialPlanItems,
  integrationHref,
  initialValues,
}: StepFormProps<PersonasStepInput> & {
  offerings: PersonaOffering[];
  competitors: PersonaCompetitor[];
  stages: PersonaStage[];
  planItems: JourneyPlanItem[];
  integrationHref: string;
  /** Step 3's demographics, copied into each persona added here. */
  defaults: PersonaDefaults;
}) {
  const t = useTranslations("personas");
  const tCommon = useTranslations("common");
  const tStage = useTranslations("wizard.stageNames");
  const router = useRouter();
  const form = useForm<PersonasStepInput>({
    resolver: zodResolver(personasStepSchema) as unknown as Resolver<PersonasStepInput>,
    defaultValues: initialValues,
  });
  const { view, href, go, replace, intended } = usePersonaView();
  // Browser ids of new personas that the server replaced with its own, kept so the form's
  // entries and addresses made before the save still find their persona.
  const [renamed, setRenamed] = useState(new Map<string, string>());
  const [planItems, setPlanItems] = useState(initialPlanItems);
  // The maps follow the stage list as the owner edits it, before it is even saved.
  const liveStages = useWatch({ control: form.control, name: "stages" });
  const { fields, append, insert, remove, move } = useFieldArray({ control: form.control, name: "personas", keyName: "key" });
  const autosave = useAutosave({
    form,
    schema: personasFormSchema,
    projectId,
    action: savePersonasStepAction,
    enabled: canEdit,
    adopt: (sent, stored) => {
      const ids = adoptStoredIds(sent, stored);
      const stages = adoptStoredStages(sent, stored);
      return {
        ...sent,
        personas: sent.personas.map((p) => ({
          ...p,
          id: ids.get(p.id) ?? p.id,
          intermediaryFor: ids.get(p.intermediaryFor) ?? p.intermediaryFor,
          journey: stages.journey(p.journey),
        })),
        ...(stages.list ? { stages: stages.list } : {}),
      };
    },
    onAdopted: (sent, adopted) => {
      // New stages take their server ids; cells of removed stages went with them.
      if (adopted.stages && adopted.stages.some((s, i) => s.id !== sent.stages?.[i]?.id)) {
        adopted.stages.forEach((s, i) => {
          if (s.id !== sent.stages?.[i]?.id) form.setValue(`stages.${i}.id`, s.id);
        });
      }
      form.getValues("personas").forEach((p, i) => {
        const journey = adopted.personas[i]?.journey;
        if (journey && journey !== sent.personas[i]?.journey) form.setValue(`personas.${i}.journey`, journey);
      });
      const ids = new Map(
        sent.personas.flatMap((p, i) => (adopted.personas[i]!.id === p.id ? [] : [[p.id, adopted.personas[i]!.id] as const])),
      );
      if (!ids.size) return;
      form.getValues("personas").forEach((p, i) => {
        const id = ids.get(p.id);
        if (id) form.setValue(`personas.${i}.id`, id);
        // An intermediary made before its end customer's first save points at the new id too.
        const link = ids.get(p.intermediaryFor);
        if (link) form.setValue(`personas.${i}.intermediaryFor`, link);
      });
      setRenamed((before) => new Map([...before, ...ids]));
      // Read through a ref, not from a render: this runs in the autosave created on mount.
      const shown = intended();
      const id = shown.personaId && ids.get(shown.personaId);
      if (id) replace({ personaId: id, section: shown.section });
    },
    // "Cancel" on the server's list of what a removal takes with it puts the personas back.
    onRemovalsCancelled: (saved) => {
      const present = new Set(form.getValues("personas").map((p) => p.id));
      saved.personas.forEach((persona, index) => {
        if (!present.has(persona.id)) insert(index, persona);
      });
      // Removed stages come back where they were.
      const stages = form.getValues("stages");
      if (stages && saved.stages) {
        const kept = new Set(stages.map((s) => s.id));
        const restored = [...stages];
        saved.stages.forEach((stage, index) => {
          if (!kept.has(stage.id)) restored.splice(index, 0, stage);
        });
        form.setValue("stages", restored);
      }
    },
  });

  // Set by a view change, taken after the render that shows the new view.
  const focusNext = useRef<FocusTarget>(undefined);
  useEffect(() => {
    const focus = focusNext.current;
    // Another render (a save's status) may come first: wait for the element to be there.
    const element = focus && ("id" in focus ? document.getElementById(focus.id) : document.getElementsByName(focus.field)[0]);
    if (!focus || !element) return;
    focusNext.current = undefined;
    if ("id" in focus) element.focus();
    else form.setFocus(focus.field);
  });

  // The field entries keep the offering a persona was added to, which never changes, so
  // grouping needs no watching of the values.
  const known = new Map<string, PersonaSlot[]>(offerings.map((o) => [o.id, []]));
  // Personas whose offering vanished (removed in step 1 while this page was open) stay
  // visible, so the error the save reports on them has somewhere to appear.
  const orphans = new Map<string, PersonaSlot[]>();
  fields.forEach((field, index) => {
    const slot = { key: field.key, id: renamed.get(field.id) ?? field.id, index };
    const group = known.get(field.offeringId);
    if (group) group.push(slot);
    else orphans.set(field.offeringId, [...(orphans.get(field.offeringId) ?? []), slot]);
  });
  const groups: PersonaGroup[] = [
    ...offerings.map((offering) => ({ offering, slots: known.get(offering.id) ?? [], known: true })),
    ...[...orphans].map(([id, slots]) => ({ offering: { id, name: t("offeringRemoved") }, slots, known: false })),
  ];
  const ordered = groups.flatMap((g) => g.slots.map((slot) => ({ ...slot, offering: g.offering, known: g.known })));
  const shownId = view.personaId && (renamed.get(view.personaId) ?? view.personaId);
  const at = ordered.findIndex((slot) => slot.id === shownId);
  const current = ordered[at];
  const canAdd = fields.length < MAX_PERSONAS;

  // Leaving a persona's view (or one of its sections) saves what is waiting at once.
  const navigate = (next: Partial<PersonaView>, target: FocusTarget) => {
    void autosave.flush();
    focusNext.current = target;
    go(next);
  };
  const openView = (next: Partial<PersonaView>) => {
    if (!next.personaId) return navigate(next, { id: current ? `persona-${current.id}-open` : "step-title" });
    navigate(next, { id: next.personaId === current?.id ? sectionHeadingId : personaHeadingId });
  };

  const addPersona = (offeringId: string, name: string) => {
    const id = newId();
    append({ ...blankPersona(id, offeringId, defaults), name }, { shouldFocus: false });
    navigate({ personaId: id }, { field: `personas.${fields.length}.description` });
  };
  const duplicatePersona = (index: number, targetOfferingId: string) => {
    const source = form.getValues(`personas.${index}`);
    const id = newId();
    const name = t("duplicate.copyName", { name: source.name.trim() || t("untitled") });
    append(copyPersona(source, id, targetOfferingId, name), { shouldFocus: false });
    navigate({ personaId: id }, { field: `personas.${fields.length}.name` });
  };
  // An intermediary whose end customer goes becomes a persona of its own, not a broken link.
  const removePersona = (index: number) => {
    const id = form.getValues(`personas.${index}.id`);
    form.getValues("personas").forEach((p, i) => {
      if (p.intermediaryFor === id) form.setValue(`personas.${i}.intermediaryFor`, "");
    });
    remove(index);
  };
  // The intermediary's persona starts in the same offering, linked to the end customer's.
  const addIntermediary = (index: number) => {
    const customer = form.getValues(`personas.${index}`);
    const id = newId();
    const name = t("valueMap.intermediaryNewName", { name: customer.name.trim() || t("untitled") });
    append({ ...blankPersona(id, customer.offeringId), name: name.slice(0, 80), intermediaryFor: customer.id }, { shouldFocus: false });
    navigate({ personaId: id }, { field: `personas.${fields.length}.name` });
  };
  const refs = {
    competitors,
    addIntermediary,
    personaHref: (personaId: string) => href({ personaId }),
    openPersona: (personaId: string) => openView({ personaId }),
    projectId,
    stages: liveStages ? liveStages.map((stage) => ({ ...stage, label: stageName(stage.name, (code) => tStage(code)) })) : stages,
    planItems,
    addPlanItem: (item: JourneyPlanItem) => setPlanItems((before) => [...before, item]),
    integrationHref,
  };

  // The first mistake, wherever it is: its persona, its section, its field.
  const showFirstError = () => {
    const errors = form.formState.errors.personas ?? [];
    const index = fields.findIndex((_, i) => errors[i]);
    const persona = fields[index];
    if (!persona) return;
    const wrong = Object.keys(errors[index] ?? {});
    const section = PERSONA_SECTIONS.find((s) => wrong.some((f) => sectionOf(f) === s.slug))?.slug ?? "who";
    const field = PERSONA_SECTIONS.flatMap((s) => s.fields).find((f) => wrong.includes(f)) ?? "name";
    navigate(
      { personaId: renamed.get(persona.id) ?? persona.id, section },
      { field: `personas.${index}.${field}` as FieldPath<PersonasStepInput> },
    );
  };
  const saveAndContinue = async () => {
    if (await autosave.flush()) router.push(nextHref);
    else if (autosave.state.kind === "invalid" || Object.keys(form.formState.errors).length) showFirstError();
  };

  return (
    <FormProvider {...form}>
      <PersonaRefsProvider value={refs}>
        <div className="space-y-6">
          {current ? (
            <PersonaEditor
              key={current.id}
              index={current.index}
              offeringName={current.offering.name}
              offeringGone={!current.known || Boolean(form.formState.errors.personas?.[current.index]?.offeringId)}
              position={at + 1}
              count={ordered.length}
              previous={ordered[at - 1]}
              next={ordered[at + 1]}
              section={view.section}
              canEdit={canEdit}
              href={href}
              go={openView}
              onSubmit={() => void autosave.flush()}
            />
          ) : (
            <>
              <PersonaList
                groups={groups}
                offerings={offerings}
                missing={offeringsWithoutPersona(offerings, fields)}
                canEdit={canEdit}
                canAdd={canAdd}
                href={(personaId) => href({ personaId })}
                onOpen={(personaId) => openView({ personaId })}
                onAdd={addPersona}
                onMove={move}
                onRemove={removePersona}
                onDuplicate={duplicatePersona}
              />
              {form.getValues("stages") ? <JourneyStagesCard canEdit={canEdit} /> : null}
            </>
          )}
          {canEdit ? (
            <AutosaveStatus autosave={autosave} onShowErrors={showFirstError}>
              {current ? null : <Button onClick={() => void saveAndContinue()}>{tCommon("saveAndContinue")}</Button>}
            </AutosaveStatus>
          ) : null}
        </div>
      </PersonaRefsProvider>
    </FormProvider>
  );
}
