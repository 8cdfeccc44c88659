"use client";

import { useTranslations } from "next-intl";
import type { PersonaJourney } from "@/lib/validation/journey";
import { emotionCurve } from "@/lib/export/journey-curve";
import { cellsByStage, FEELING_LABELS, type MapStage } from "@/lib/wizard/journey-map";

// Each stage is 100 units wide and the box stretches to the map's width: strokes keep their
// width (non-scaling), and each point is a zero-length line with round caps, which stays a dot.
const COLUMN = 100;
const HEIGHT = 100;
const PADDING = 14;

/**
 * The emotion curve drawn over the stages' columns. Decorative: JourneyCurveText says the
 * same in words, so assistive technology skips the drawing.
 */
export function EmotionCurveSvg({
  stages,
  journey,
  className = "",
}: {
  stages: readonly MapStage[];
  journey: PersonaJourney;
  className?: string;
}) {
  const width = COLUMN * Math.max(stages.length, 1);
  // The plan's and the downloads' geometry (shares of the box), laid out in this box.
  const curve = emotionCurve(cellsByStage(stages, journey).map((cell) => cell?.feeling ?? null));
  const place = (p: (typeof curve.points)[number]) => ({ ...p, x: p.x * width, y: PADDING + p.y * (HEIGHT - 2 * PADDING) });
  const points = curve.points.map(place);
  const segments = curve.segments.map((pair) => pair.map(place));
  const middle = HEIGHT / 2;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      className={`block h-20 w-full ${className}`}
    >
      <rect x={0} y={0} width={width} height={middle} className="fill-green-50" />
      <rect x={0} y={middle} width={width} height={middle} className="fill-red-50" />
      <line
        x1={0}
        y1={middle}
        x2={width}
        y2={middle}
        vectorEffect="non-scaling-stroke"
        strokeDasharray="4 4"
        className="stroke-slate-400"
      />
      {segments.map(([from, to]) => (
        <line
          key={from!.index}
          x1={from!.x}
          y1={from!.y}
          x2={to!.x}
          y2={to!.y}
          strokeWidth={3}
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
          className="stroke-brand-700"
        />
      ))}
      {points.map((p) => (
        <line
          key={p.index}
          x1={p.x}
          y1={p.y}
          x2={p.x}
          y2={p.y}
          strokeWidth={11}
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
          className={p.feeling < 0 ? "stroke-red-700" : p.feeling > 0 ? "stroke-green-700" : "stroke-slate-600"}
        />
      ))}
    </svg>
  );
}

/** The curve in words: each stage with its feeling word and where it sits on the scale. */
export function JourneyCurveText({ index, stages, journey }: { index: number; stages: readonly MapStage[]; journey: PersonaJourney }) {
  const t = useTranslations("personas.journey");
  const cells = cellsByStage(stages, journey);
  const headingId = `personas-${index}-journey-curve`;
  const anySet = cells.some((cell) => cell?.feeling !== null && cell?.feeling !== undefined);
  return (
    <section aria-labelledby={headingId} className="text-sm">
      <h5 id={headingId} className="font-semibold text-slate-900">
        {t("curveHeading")}
      </h5>
      {anySet ? (
        <ol className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-slate-800">
          {stages.map((stage, i) => {
            const cell = cells[i];
            const word = cell?.feelingWord.trim() ?? "";
            const feeling = cell?.feeling ?? null;
            return (
              <li key={stage.id}>
                {feeling === null
                  ? t("curveItemUnset", { stage: stage.label })
                  : word
                    ? t("curveItem", { stage: stage.label, word, feeling: t(`feelings.${FEELING_LABELS[feeling]}`) })
                    : t("curveItemNoWord", { stage: stage.label, feeling: t(`feelings.${FEELING_LABELS[feeling]}`) })}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-slate-700">{t("curveEmpty")}</p>
      )}
    </section>
  );
}
