import { getTranslations } from "next-intl/server";
import type { PersonaOverview } from "@/db/queries/plan-overview";
import { b2bWords } from "@/lib/export/b2b-wording";

/**
 * The company a persona buys for and its buying committee on the plan page, in the words the
 * downloads use (lib/export/b2b-wording.ts). Nothing for a persona who buys for themselves.
 */
export async function PersonaB2b({ persona }: { persona: PersonaOverview }) {
  const t = await getTranslations();
  const words = b2bWords({ t: (key, values) => t(key, values) }, persona.b2b);
  if (!words) return null;
  return (
    <div className="text-sm text-slate-700">
      <p className="font-medium text-slate-900">{words.line}</p>
      {words.committee ? (
        <>
          <p className="mt-1">{words.committee.title}</p>
          <ul className="list-disc pl-5">
            {words.committee.lines.map((line, i) => (
              // Two lines may read the same; their order is what tells them apart.
              <li key={`${i}-${line}`}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
