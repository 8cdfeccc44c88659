import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { OfferingOverview, PersonaOverview } from "@/db/queries/plan-overview";
import { assumptionsParagraph, validationWords, type ValidationText } from "@/lib/export/validation-wording";
import { formatDay } from "./plan-kit";

// Whether research backs the personas (issue 16) on the plan page, in the words the downloads
// use (lib/export/validation-wording.ts). A hypothesis is set apart with a dashed border, and
// always says so in words too.

async function validationText(): Promise<ValidationText> {
  const t = await getTranslations();
  const format = await getFormatter();
  return { t: (key, values) => t(key, values), date: (day) => formatDay(format, day), locale: await getLocale() };
}

/** A persona's validation: hypothesis or the evidence behind it, what it confirmed, and the checks still open. */
export async function PersonaEvidence({ persona }: { persona: PersonaOverview }) {
  const words = validationWords(await validationText(), persona);
  const id = `persona-${persona.id}-evidence`;
  return (
    <div className="space-y-2 text-sm">
      <p
        className={`rounded px-2 py-1 ${
          words.validated
            ? "border border-emerald-700 text-slate-800"
            : "border-2 border-dashed border-amber-700 font-semibold text-amber-900"
        }`}
      >
        {words.status}
      </p>
      {words.note ? (
        <p className="whitespace-pre-line">
          <span className="font-semibold">{words.note.label}: </span>
          {words.note.value}
        </p>
      ) : null}
      {[
        { part: "confirmed", block: words.confirmed },
        { part: "open", block: words.openPlan },
      ].map(({ part, block }) =>
        block ? (
          <div key={part}>
            <p id={`${id}-${part}`} className="font-semibold text-slate-900">
              {block.title}
            </p>
            <ul aria-labelledby={`${id}-${part}`} className="list-disc space-y-0.5 pl-6 break-words">
              {block.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </div>
  );
}

/** The project's line near its personas: how many rest on assumptions, and which. */
export async function PersonaAssumptions({ offerings }: { offerings: readonly OfferingOverview[] }) {
  const paragraph = assumptionsParagraph(await validationText(), offerings);
  return paragraph ? <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800">{paragraph}</p> : null;
}
