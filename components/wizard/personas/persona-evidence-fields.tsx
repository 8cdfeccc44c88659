"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Controller, useWatch } from "react-hook-form";
import { inputClass, useErrorMessage } from "@/components/ui/field";
import type { PersonaJourney } from "@/lib/validation/journey";
import {
  CONFIDENCE_LEVELS,
  EVIDENCE_KINDS,
  VALIDATION_STATUSES,
  VALIDATION_TEXT_MAX,
  type Confidence,
  type EvidenceKind,
} from "@/lib/validation/persona-validation";
import type { PersonasStepInput } from "@/lib/validation/personas-step";
import { suggestsJourneyWalk } from "@/lib/wizard/persona-validation";
import { firstErrorCode } from "../first-error-code";
import { WrittenField } from "../written-field";
import { PersonaEvidenceClaims } from "./persona-evidence-claims";
import { PersonaEvidencePlan } from "./persona-evidence-plan";
import { usePersonaFieldKit } from "./persona-field-kit";

/** What a hypothesis is here, why to check it, and a worked example, folded away once read. */
function EvidenceLearn() {
  const t = useTranslations("evidence.learn");
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
      <summary className="cursor-pointer font-semibold text-slate-900">{t("title")}</summary>
      <div className="mt-2 space-y-2">
        <p>{t("what")}</p>
        <p>{t("why")}</p>
        <p className="font-semibold">{t("exampleTitle")}</p>
        <p className="italic">{t("example")}</p>
      </div>
    </details>
  );
}

/** The sources of the evidence, ticked in the order the owner ticks them (the plan lists them so). */
function EvidenceKinds({ index, disabled, journey }: { index: number; disabled: boolean; journey: PersonaJourney }) {
  const kit = usePersonaFieldKit(index);
  const t = useTranslations("evidence");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const id = kit.id("validation-evidence");
  const error = errorMessage(firstErrorCode(kit.errorsOf("validation")?.evidence));
  return (
    <Controller
      control={kit.control}
      name={`personas.${index}.validation.evidence`}
      render={({ field }) => {
        const ticked: readonly EvidenceKind[] = field.value ?? [];
        const toggle = (kind: EvidenceKind, on: boolean) =>
          field.onChange(on ? [...ticked.filter((k) => k !== kind), kind] : ticked.filter((k) => k !== kind));
        // Only a hint: walking the journey shows what the owner saw, which may not back the persona.
        const walked = suggestsJourneyWalk(journey, { evidence: ticked });
        const walkedOn = journey.walkedOn.trim();
        return (
          <fieldset
            id={id}
            className="space-y-2"
            aria-describedby={[error ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ")}
            aria-invalid={error ? true : undefined}
          >
            <legend className="text-sm font-medium text-slate-900">{t("kindsLegend")}</legend>
            <p id={`${id}-hint`} className="text-xs text-slate-600">
              {t("kindsHint")}
            </p>
            <div className="grid gap-2 sm:grid-cols-2">
              {EVIDENCE_KINDS.map((kind) => (
                <label key={kind} className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={field.name}
                    value={kind}
                    checked={ticked.includes(kind)}
                    onChange={(e) => toggle(kind, e.target.checked)}
                    onBlur={field.onBlur}
                    disabled={disabled}
                    aria-describedby={`${id}-${kind}`}
                    className="mt-1"
                  />
                  <span>
                    <span className="font-medium">{t(`kinds.${kind}.label`)}</span>
                    <span id={`${id}-${kind}`} className="block text-xs text-slate-600">
                      {t(`kinds.${kind}.help`)}
                    </span>
                    {kind === "journey_walk" && walked ? (
                      <span className="mt-1 block rounded bg-brand-50 px-2 py-1 text-xs text-brand-900">
                        {t("journeyWalkHint", {
                          date: format.dateTime(new Date(`${walkedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
                        })}
                      </span>
                    ) : null}
                  </span>
                </label>
              ))}
            </div>
            {error ? (
              <p id={`${id}-error`} className="text-sm font-medium text-red-700">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      }}
    />
  );
}

/** How sure the evidence makes the owner; "not set" is stored as null. */
function ConfidenceField({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const t = useTranslations("evidence.confidence");
  const errorMessage = useErrorMessage();
  const id = kit.id("validation-confidence");
  const error = errorMessage(firstErrorCode(kit.errorsOf("validation")?.confidence));
  return (
    <Controller
      control={kit.control}
      name={`personas.${index}.validation.confidence`}
      render={({ field }) => (
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-medium text-slate-900">
            {t("label")}
          </label>
          <select
            id={id}
            name={field.name}
            ref={field.ref}
            value={field.value ?? ""}
            onChange={(e) => field.onChange((e.target.value || null) as Confidence | null)}
            onBlur={field.onBlur}
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={[error ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ")}
            className={inputClass}
          >
            <option value="">{t("none")}</option>
            {CONFIDENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(level)}
              </option>
            ))}
          </select>
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {t("hint")}
          </p>
          {error ? (
            <p id={`${id}-error`} className="text-sm font-medium text-red-700">
              {error}
            </p>
          ) : null}
        </div>
      )}
    />
  );
}

/**
 * Section 7 of a persona (issue 16): whether research backs it, the sources and how sure they
 * make the owner, what they showed and confirmed, and the plan to check the rest.
 */
export function PersonaEvidenceFields({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const t = useTranslations("evidence");
  const journey = useWatch<PersonasStepInput, `personas.${number}.journey`>({ name: `personas.${index}.journey` }) as PersonaJourney;
  const validation = kit.errorsOf("validation");
  const statusId = kit.id("validation-status");
  return (
    <div className="space-y-4">
      <EvidenceLearn />
      <fieldset id={statusId} className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{t("status.legend")}</legend>
        {VALIDATION_STATUSES.map((status) => (
          <label key={status} className="flex items-start gap-2 text-sm">
            <input type="radio" {...kit.radio(`personas.${index}.validation.status`, status)} disabled={disabled} className="mt-1" />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <EvidenceKinds index={index} disabled={disabled} journey={journey} />
        <ConfidenceField index={index} disabled={disabled} />
      </div>
      <WrittenField<PersonasStepInput>
        id={kit.id("validation-note")}
        path={`personas.${index}.validation.note`}
        label={t("note.label")}
        hint={t("note.hint")}
        error={firstErrorCode(validation?.note)}
        max={VALIDATION_TEXT_MAX.note}
        rows={3}
        disabled={disabled}
      />
      <PersonaEvidenceClaims index={index} disabled={disabled} />
      <PersonaEvidencePlan index={index} disabled={disabled} />
    </div>
  );
}
