"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useErrorMessage } from "@/components/ui/field";
import { JOURNEY_TEXT_MAX, type PersonaJourney } from "@/lib/validation/journey";
import type { PersonasStepInput } from "@/lib/validation/personas-step";
import { plannedStages } from "@/lib/wizard/journey-plan";
import { summarizeJourney } from "@/lib/wizard/journey-map";
import { firstErrorCode } from "../first-error-code";
import { WrittenField } from "../written-field";
import { PersonaSection, usePersonaFieldKit } from "./persona-field-kit";
import { EmotionCurveSvg, JourneyCurveText } from "./persona-journey-curve";
import { JourneyGrid } from "./persona-journey-grid";
import { JourneySummary } from "./persona-journey-summary";
import { usePersonaRefs } from "./persona-refs";

/** What a journey is and how it differs from a sales funnel, folded away once read. */
function JourneyLearn() {
  const t = useTranslations("personas");
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
      <summary className="cursor-pointer font-semibold text-slate-900">{t("journey.learnTitle")}</summary>
      <div className="mt-2 space-y-2">
        <p>{t("journey.learnWhat")}</p>
        <p>{t("journey.learnFunnel")}</p>
        <p className="font-semibold">{t("journey.learnExampleTitle")}</p>
        <p className="italic">{t("journey.learnExample")}</p>
        <p>{t("journey.learnSteps")}</p>
      </div>
    </details>
  );
}

/** "Hypothesis" until the owner has walked the journey, then the day they did. */
function WalkedBadge({ walkedOn, hintId }: { walkedOn: string; hintId: string }) {
  const t = useTranslations("personas");
  const format = useFormatter();
  if (!walkedOn)
    return (
      <p className="flex flex-wrap items-baseline gap-2 text-sm">
        <span className="rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 font-semibold text-amber-900">
          {t("journey.hypothesis")}
        </span>
        <span id={hintId} className="text-slate-700">
          {t("journey.hypothesisHint")}
        </span>
      </p>
    );
  // The date is a calendar day, not an instant: read and shown in UTC so no time zone shifts it.
  const date = format.dateTime(new Date(`${walkedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <p className="text-sm">
      <span className="rounded-full border border-green-600 bg-green-50 px-2 py-0.5 font-semibold text-green-900">
        {t("journey.walked", { date })}
      </span>
    </p>
  );
}

/** The journey section: why and for whom, walking it, then the map in full or at a glance. */
export function PersonaJourneyFields({ index, disabled }: { index: number; disabled: boolean }) {
  const kit = usePersonaFieldKit(index);
  const errorMessage = useErrorMessage();
  const { stages, planItems } = usePersonaRefs();
  const personaId = useWatch<PersonasStepInput, `personas.${number}.id`>({ name: `personas.${index}.id` });
  const journey = useWatch<PersonasStepInput, `personas.${number}.journey`>({ name: `personas.${index}.journey` }) as PersonaJourney;
  const [compact, setCompact] = useState(false);
  const errors = kit.errorsOf("journey");
  const summary = summarizeJourney(stages, journey, plannedStages(planItems, personaId));
  const written = (field: "objective" | "walkedOn" | "walkedNotes", name: "journeyObjective" | "walkedOn" | "walkedNotes") => ({
    id: kit.id(`journey-${field}`),
    path: `personas.${index}.journey.${field}` as const,
    label: kit.label(name),
    hint: kit.hint(name),
    error: firstErrorCode(errors?.[field]),
    disabled,
  });
  // A cell on a stage removed meanwhile is reported on the whole journey.
  const whole = errorMessage(errors?.message);
  const mapHeading = kit.id("journey-map-heading");

  return (
    <div className="space-y-4">
      <JourneyLearn />
      {whole ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {whole}
        </p>
      ) : null}
      <WrittenField<PersonasStepInput> {...written("objective", "journeyObjective")} max={JOURNEY_TEXT_MAX.objective} rows={2} />
      <PersonaSection title={kit.t("journey.walkHeading")}>
        <div className="grid gap-4 md:grid-cols-[14rem_1fr]">
          <WrittenField<PersonasStepInput> {...written("walkedOn", "walkedOn")} type="date" />
          <WrittenField<PersonasStepInput> {...written("walkedNotes", "walkedNotes")} max={JOURNEY_TEXT_MAX.walkedNotes} rows={2} />
        </div>
      </PersonaSection>
      <section aria-labelledby={mapHeading} className="space-y-3 border-t border-slate-200 pt-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h4 id={mapHeading} className="text-sm font-semibold uppercase tracking-wide text-slate-700">
            {kit.t("journey.mapHeading")}
          </h4>
          <div role="group" aria-label={kit.t("journey.viewLabel")} className="flex gap-1">
            {[false, true].map((value) => (
              <button
                key={String(value)}
                type="button"
                aria-pressed={compact === value}
                onClick={() => setCompact(value)}
                className={`rounded-md border px-3 py-1 text-sm ${
                  compact === value
                    ? "border-brand-700 bg-brand-50 font-semibold text-brand-900"
                    : "border-slate-300 bg-white text-slate-800"
                }`}
              >
                {kit.t(value ? "journey.viewCompact" : "journey.viewFull")}
              </button>
            ))}
          </div>
        </div>
        <WalkedBadge walkedOn={journey.walkedOn.trim()} hintId={kit.id("journey-hypothesis")} />
        <JourneyCurveText index={index} stages={stages} journey={journey} />
        {compact ? (
          <>
            <EmotionCurveSvg stages={stages} journey={journey} />
            <JourneySummary index={index} summary={summary} />
          </>
        ) : (
          <JourneyGrid index={index} personaId={personaId} journey={journey} summary={summary} disabled={disabled} />
        )}
      </section>
    </div>
  );
}
