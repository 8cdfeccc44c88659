import { getFormatter, getTranslations } from "next-intl/server";
import type { PersonaOverview, PlanJourney } from "@/db/queries/plan-overview";
import { emotionCurve } from "@/lib/export/journey-curve";
import { journeyWords, type JourneyWords } from "@/lib/export/journey-wording";
import { formatDay, ScrollRegion } from "./plan-kit";

// A persona's customer journey map on the plan page, in the words the downloads use
// (lib/export/journey-wording.ts). On screen it is a real table, stages across, with the
// emotion curve drawn over the stages; the curve is decorative, since the Feeling row says
// the same in words. On paper a table of many stages gets too narrow, so print shows one
// block per stage instead (styles in app/globals.css, .journey-*).

const CURVE_HEIGHT = 64;
const CURVE_PAD = 10;

/** The emotion curve across the full width of its box, each stage's point in the middle of its column. */
function JourneyCurve({ journey }: { journey: PlanJourney }) {
  const { points, segments } = emotionCurve(journey.columns.map(({ cell }) => cell.feeling));
  const y = (share: number) => CURVE_PAD + share * (CURVE_HEIGHT - 2 * CURVE_PAD);
  const x = (share: number) => `${share * 100}%`;
  return (
    <svg className="journey-curve" width="100%" height={CURVE_HEIGHT} aria-hidden="true" focusable="false">
      <line data-part="neutral" x1="0" x2="100%" y1={y(0.5)} y2={y(0.5)} />
      {segments.map(([a, b]) => (
        <line key={a.index} data-part="segment" x1={x(a.x)} y1={y(a.y)} x2={x(b.x)} y2={y(b.y)} />
      ))}
      {points.map((p) => (
        <circle key={p.index} data-feeling={p.feeling} cx={x(p.x)} cy={y(p.y)} r="5" />
      ))}
    </svg>
  );
}

/** The page's own words around the grid: its region's name, the scroll hint on a phone, the curve's legend. */
interface GridWords {
  label: string;
  hint: string;
  legend: string;
}

function JourneyTable({ id, words, journey, grid }: { id: string; words: JourneyWords; journey: PlanJourney; grid: GridWords }) {
  const count = words.stages.length;
  return (
    <div className="journey-grid">
      <ScrollRegion id={id} label={grid.label} hint={grid.hint}>
        <table className="journey-table" style={{ minWidth: `${8 + count * 8}rem` }}>
          <caption>{words.table.caption}</caption>
          <colgroup>
            <col className="w-32" />
            {words.stages.map((_, i) => (
              <col key={i} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{words.table.corner}</th>
              {words.stages.map((stage, i) => (
                <th key={i} scope="col">
                  {stage}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {/* The curve repeats the Feeling row in a picture, so assistive technology skips it. */}
            <tr className="journey-curve-row" aria-hidden="true">
              <td>{grid.legend}</td>
              <td colSpan={count}>
                <JourneyCurve journey={journey} />
              </td>
            </tr>
            {words.table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

/** Print only: the curve with the stage names beneath, then each stage as a block of its own. */
function JourneyPrint({ words, journey }: { words: JourneyWords; journey: PlanJourney }) {
  return (
    <div className="journey-print">
      <div className="journey-print-curve">
        <JourneyCurve journey={journey} />
        <ol style={{ gridTemplateColumns: `repeat(${words.stages.length}, minmax(0, 1fr))` }}>
          {words.stages.map((stage, i) => (
            <li key={i}>{stage}</li>
          ))}
        </ol>
      </div>
      <ol className="journey-print-stages">
        {words.stages.map((stage, i) => (
          <li key={i}>
            <p>{stage}</p>
            <dl>
              {words.table.rows.map((row) =>
                row.cells[i] ? (
                  <div key={row.key}>
                    <dt>{row.label}</dt>
                    <dd>{row.cells[i]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The journey map of a persona, when it has one: objective, hypothesis or walk, the stages at a glance, the grid. */
export async function PersonaJourney({ persona }: { persona: PersonaOverview }) {
  const journey = persona.journeyMap;
  if (!journey) return null;
  const t = await getTranslations();
  const format = await getFormatter();
  const words = journeyWords({ t: (key, values) => t(key, values), date: (day) => formatDay(format, day) }, persona, journey);
  const id = `persona-${persona.id}-journey`;
  return (
    <section aria-labelledby={`${id}-title`} className="journey space-y-3">
      <h6 id={`${id}-title`} className="text-base font-semibold text-slate-900 print:break-after-avoid">
        {words.title}
      </h6>
      {words.objective ? (
        <p className="whitespace-pre-line">
          <span className="font-semibold">{words.objective.label}: </span>
          {words.objective.value}
        </p>
      ) : null}
      <p className="journey-status whitespace-pre-line" data-walked={words.status.walked || undefined}>
        {words.status.text}
      </p>
      <div className="space-y-1">
        <p id={`${id}-glance`} className="font-semibold text-slate-900">
          {words.glance.title}
        </p>
        <ol aria-labelledby={`${id}-glance`} className="journey-glance">
          {words.glance.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      </div>
      <JourneyTable
        id={`${id}-grid`}
        words={words}
        journey={journey}
        grid={{
          label: t("planJourney.tableLabel", { persona: persona.name }),
          hint: t("planJourney.scrollHint"),
          legend: t("planJourney.curveLegend"),
        }}
      />
      <JourneyPrint words={words} journey={journey} />
    </section>
  );
}
