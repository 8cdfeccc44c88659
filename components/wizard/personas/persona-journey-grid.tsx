"use client";

import type { CSSProperties } from "react";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { blankCell, FEELINGS, JOURNEY_TEXT_MAX, type JourneyCell, type PersonaJourney } from "@/lib/validation/journey";
import type { PersonasStepInput } from "@/lib/validation/personas-step";
import { cellsByStage, FEELING_LABELS, type StageSummary } from "@/lib/wizard/journey-map";
import { firstErrorCode } from "../first-error-code";
import { type JourneyFieldName, usePersonaFieldKit } from "./persona-field-kit";
import { EmotionCurveSvg } from "./persona-journey-curve";
import { StagePlan } from "./persona-journey-plan";
import { usePersonaRefs, type PersonaStage } from "./persona-refs";

type CellText = "touchpoints" | "thinksAndDoes" | "painPoints" | "opportunities";
/** The rows of the map, top to bottom, each with its help once above the grid. */
const ROWS = ["touchpoints", "thinksAndDoes", "feeling", "painPoints", "opportunities"] as const satisfies readonly JourneyFieldName[];
/** Heading, the five rows, and what is planned: one subgrid row each, so rows line up across stages. */
const STAGE_ROWS = ROWS.length + 2;

/**
 * Writes into a stage's cell, creating the cell on the first thing typed there, so an
 * untouched stage stores nothing.
 */
function useCellWriter(index: number) {
  const { getValues, setValue } = useFormContext<PersonasStepInput>();
  return (stageId: string, patch: Partial<Omit<JourneyCell, "stageId">>) => {
    const cells = getValues(`personas.${index}.journey.cells`);
    const at = cells.findIndex((cell) => cell.stageId === stageId);
    const options = { shouldDirty: true };
    if (at < 0) return setValue(`personas.${index}.journey.cells`, [...cells, { ...blankCell(stageId), ...patch }], options);
    for (const [key, value] of Object.entries(patch) as [keyof typeof patch, JourneyCell[keyof typeof patch]][])
      setValue(`personas.${index}.journey.cells.${at}.${key}`, value as never, options);
  };
}

/** The help of each row, said once for all stages and pointed at by every cell of the row. */
function RowHelp({ index }: { index: number }) {
  const kit = usePersonaFieldKit(index);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">{kit.t("journey.rowsHeading")}</summary>
      <dl className="mt-2 grid gap-2 md:grid-cols-2">
        {ROWS.map((row) => (
          <div key={row}>
            <dt className="font-semibold text-slate-900">{kit.label(row)}</dt>
            <dd id={kit.id(`journey-help-${row}`)} className="text-xs text-slate-700">
              {kit.hint(row)}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function StageCard({
  index,
  number,
  stage,
  cell,
  cellIndex,
  summary,
  personaId,
  disabled,
}: {
  index: number;
  number: number;
  stage: PersonaStage;
  cell: JourneyCell | undefined;
  cellIndex: number;
  summary: StageSummary;
  personaId: string;
  disabled: boolean;
}) {
  const kit = usePersonaFieldKit(index);
  const write = useCellWriter(index);
  const cellErrors = kit.errorsOf("journey")?.cells?.[cellIndex];
  const id = (field: string) => kit.id(`journey-${stage.id}-${field}`);
  const label = (field: JourneyFieldName) => (
    <>
      {kit.label(field)}
      <span className="sr-only"> ({stage.label})</span>
    </>
  );
  const describedBy = (own: string | undefined, row: string) => [own, kit.id(`journey-help-${row}`)].filter(Boolean).join(" ");
  const text = (field: CellText) => {
    const value = cell?.[field] ?? "";
    return (
      <Field
        id={id(field)}
        label={label(field)}
        error={firstErrorCode(cellErrors?.[field])}
        counter={{ length: value.trim().length, max: JOURNEY_TEXT_MAX[field] }}
      >
        {(c) => (
          <textarea
            {...c}
            aria-describedby={describedBy(c["aria-describedby"], field)}
            value={value}
            onChange={(e) => write(stage.id, { [field]: e.target.value })}
            readOnly={disabled}
            rows={3}
            className={inputClass}
          />
        )}
      </Field>
    );
  };
  const headingId = id("heading");
  return (
    <section
      aria-labelledby={headingId}
      style={{ gridRow: `span ${STAGE_ROWS}` }}
      className="space-y-3 rounded-md border border-slate-200 bg-white p-3 lg:grid lg:grid-rows-subgrid lg:gap-y-3 lg:space-y-0"
    >
      <h5 id={headingId} className="font-semibold text-slate-900">
        {kit.t("journey.stageHeading", { number, stage: stage.label })}
      </h5>
      {text("touchpoints")}
      {text("thinksAndDoes")}
      <div className="space-y-2">
        <Field id={id("feeling")} label={label("feeling")} error={firstErrorCode(cellErrors?.feeling)}>
          {(c) => (
            <select
              {...c}
              aria-describedby={describedBy(c["aria-describedby"], "feeling")}
              value={cell?.feeling ?? ""}
              onChange={(e) =>
                write(stage.id, { feeling: e.target.value === "" ? null : (Number(e.target.value) as JourneyCell["feeling"]) })
              }
              disabled={disabled}
              className={inputClass}
            >
              <option value="">{kit.t("journey.feelingNone")}</option>
              {[...FEELINGS].reverse().map((feeling) => (
                <option key={feeling} value={feeling}>
                  {kit.t(`journey.feelings.${FEELING_LABELS[feeling]}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={id("feelingWord")}
          label={label("feelingWord")}
          error={firstErrorCode(cellErrors?.feelingWord)}
          counter={{ length: (cell?.feelingWord ?? "").trim().length, max: JOURNEY_TEXT_MAX.feelingWord }}
        >
          {(c) => (
            <input
              {...c}
              aria-describedby={describedBy(c["aria-describedby"], "feeling")}
              value={cell?.feelingWord ?? ""}
              onChange={(e) => write(stage.id, { feelingWord: e.target.value })}
              readOnly={disabled}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      {text("painPoints")}
      {text("opportunities")}
      <StagePlan stage={stage} cell={cell} summary={summary} personaId={personaId} disabled={disabled} />
    </section>
  );
}

/**
 * The map: stages across and rows down from a large screen on (scrolling sideways when they
 * do not fit), one card per stage below that, with the emotion curve over the columns.
 */
export function JourneyGrid({
  index,
  personaId,
  journey,
  summary,
  disabled,
}: {
  index: number;
  personaId: string;
  journey: PersonaJourney;
  summary: StageSummary[];
  disabled: boolean;
}) {
  const kit = usePersonaFieldKit(index);
  const { stages } = usePersonaRefs();
  const cells = cellsByStage(stages, journey);
  const columns = { "--stages": stages.length } as CSSProperties;
  return (
    <div className="space-y-3">
      <RowHelp index={index} />
      <EmotionCurveSvg stages={stages} journey={journey} className="lg:hidden" />
      <div
        role="region"
        aria-label={kit.t("journey.gridLabel")}
        tabIndex={0}
        className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-brand-700"
      >
        <div style={columns} className="space-y-3 lg:grid lg:grid-cols-[repeat(var(--stages),minmax(11rem,1fr))] lg:gap-x-3 lg:space-y-0">
          <EmotionCurveSvg stages={stages} journey={journey} className="hidden lg:col-span-full lg:mb-3 lg:block" />
          {stages.map((stage, i) => (
            <StageCard
              key={stage.id}
              index={index}
              number={i + 1}
              stage={stage}
              cell={cells[i]}
              cellIndex={journey.cells.findIndex((c) => c.stageId === stage.id)}
              summary={summary[i]!}
              personaId={personaId}
              disabled={disabled}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
