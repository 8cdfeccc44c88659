"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";
import type { PersonaInput, PersonasStepInput } from "@/lib/validation/personas-step";
import { PersonaSectionFields } from "./persona-section-fields";
import { PERSONA_SECTIONS, unansweredFields, type PersonaSectionSlug } from "./persona-sections";
import { ViewLink, type PersonaView } from "./persona-view";
import { personaFit } from "@/lib/wizard/fit";
import { journeyToDo } from "@/lib/wizard/journey-map";
import { isValidated } from "@/lib/wizard/persona-validation";
import { PersonaValidationBadge } from "./persona-validation-badge";

/** A neighbour in the list, for "previous" and "next". */
export interface PersonaNeighbour {
  id: string;
  index: number;
}

export const personaHeadingId = "persona-view-heading";
export const sectionHeadingId = "persona-section-heading";

/** Each part of the persona with how far it is: filled in, answers to give, or a mistake to fix. */
function SectionNav({
  index,
  current,
  href,
  go,
}: {
  index: number;
  current: PersonaSectionSlug;
  href: (section: PersonaSectionSlug) => string;
  go: (section: PersonaSectionSlug) => void;
}) {
  const t = useTranslations("personas");
  const tEvidence = useTranslations("evidence.navState");
  const persona = useWatch<PersonasStepInput, `personas.${number}`>({ name: `personas.${index}` }) as PersonaInput;
  const { formState } = useFormContext<PersonasStepInput>();
  const errors = formState.errors.personas?.[index] ?? {};
  const unanswered = unansweredFields(persona);
  const fit = personaFit(persona);
  return (
    <nav aria-label={t("sectionNav")}>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {PERSONA_SECTIONS.map((section, i) => {
          const fields: readonly string[] = section.fields;
          const wrong = Object.keys(errors).some((f) => fields.includes(f));
          // The value section's work is what the fit still lacks, not empty fields; the
          // journey's is its objective and a first stage, however many stages stay empty.
          const open =
            section.slug === "value"
              ? fit.unanswered.length + fit.unmetNeeds.length
              : section.slug === "journey"
                ? journeyToDo(persona.journey)
                : unanswered.filter((f) => (fields as readonly string[]).includes(f)).length;
          const here = section.slug === current;
          return (
            <li key={section.slug}>
              <ViewLink
                href={href(section.slug)}
                onFollow={() => go(section.slug)}
                aria-current={here ? "step" : undefined}
                className={`block h-full rounded-md border px-3 py-2 text-sm ${
                  here
                    ? "border-brand-700 bg-brand-50 font-semibold text-brand-900"
                    : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
                }`}
              >
                <span className="block">
                  {i + 1}. {t(`sections.${section.slug}.title`)}
                </span>
                <span className={`block text-xs font-normal ${wrong ? "text-red-800" : "text-slate-600"}`}>
                  {wrong
                    ? t("sectionState.error")
                    : // Evidence is never owed: the section says where the persona stands instead.
                      section.slug === "evidence"
                      ? tEvidence(persona.validation && isValidated(persona.validation) ? "validated" : "hypothesis")
                      : open
                        ? t("sectionState.todo", { count: open })
                        : t("sectionState.done")}
                </span>
              </ViewLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** One persona, one section at a time, with the way to the other sections and personas. */
export function PersonaEditor({
  index,
  offeringName,
  offeringGone,
  position,
  count,
  previous,
  next,
  section,
  canEdit,
  href,
  go,
  onSubmit,
}: {
  index: number;
  offeringName: string;
  offeringGone: boolean;
  /** 1-based place of this persona among all of the step's. */
  position: number;
  count: number;
  previous?: PersonaNeighbour;
  next?: PersonaNeighbour;
  section: PersonaSectionSlug;
  canEdit: boolean;
  href: (view: Partial<PersonaView>) => string;
  go: (view: Partial<PersonaView>) => void;
  /** Enter in a field: save now. */
  onSubmit: () => void;
}) {
  const t = useTranslations("personas");
  const { getValues } = useFormContext<PersonasStepInput>();
  const typed = useWatch<PersonasStepInput, `personas.${number}.name`>({ name: `personas.${index}.name` });
  const name = typed?.trim() || t("untitled");
  const personaId = getValues(`personas.${index}.id`);
  const at = PERSONA_SECTIONS.findIndex((s) => s.slug === section);
  const following = PERSONA_SECTIONS[at + 1];
  const nameOf = (neighbour: PersonaNeighbour) => getValues(`personas.${neighbour.index}.name`).trim() || t("untitled");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const link = (target: Partial<PersonaView>, label: string, className: string, text = label) => (
    <ViewLink href={href(target)} onFollow={() => go(target)} className={className} aria-label={label === text ? undefined : label}>
      {text}
    </ViewLink>
  );

  return (
    <section aria-labelledby={personaHeadingId} className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        {link({}, t("backToList"), "font-semibold text-brand-700 underline", `← ${t("backToList")}`)}
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-slate-600">{t("personaPosition", { number: position, count })}</span>
          {previous
            ? link(
                { personaId: previous.id },
                t("previousPersona", { name: nameOf(previous) }),
                "text-brand-700 underline",
                `‹ ${t("previous")}`,
              )
            : null}
          {next
            ? link({ personaId: next.id }, t("nextPersona", { name: nameOf(next) }), "text-brand-700 underline", `${t("next")} ›`)
            : null}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id={personaHeadingId} tabIndex={-1} className="text-xl font-semibold">
          {t("cardHeading", { offering: offeringName, name })}
        </h2>
        <PersonaValidationBadge index={index} />
      </div>
      {offeringGone ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("offeringGone")}
        </p>
      ) : null}
      <SectionNav index={index} current={section} href={(s) => href({ personaId, section: s })} go={(s) => go({ personaId, section: s })} />
      <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby={sectionHeadingId}>
        <div className="space-y-1">
          <h3 id={sectionHeadingId} tabIndex={-1} className="text-lg font-semibold">
            {t(`sections.${section}.title`)}
          </h3>
          <p className="text-sm text-slate-700">{t(`sections.${section}.hint`)}</p>
        </div>
        <PersonaSectionFields index={index} section={section} offeringName={offeringName} disabled={!canEdit} />
        <div className="flex flex-wrap justify-end gap-3 border-t border-slate-200 pt-4">
          {following
            ? link(
                { personaId, section: following.slug },
                t("nextSection", { section: t(`sections.${following.slug}.title`) }),
                buttonClass("primary"),
              )
            : link({}, t("doneWithPersona"), buttonClass("primary"))}
        </div>
      </form>
    </section>
  );
}
