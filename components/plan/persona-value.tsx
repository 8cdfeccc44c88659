import { getTranslations } from "next-intl/server";
import { FitCanvas } from "@/components/fit/fit-canvas";
import { ImportanceBadge } from "@/components/fit/fit-canvas-parts";
import type { PersonaLink, PersonaOverview } from "@/db/queries/plan-overview";
import { stepHref } from "@/lib/wizard/steps";
import { joinList } from "./plan-kit";
import { isSharedPlanView } from "./shared-view";

// What the plan says a persona's offering does for it: the fit canvas, the motivations set
// against the competitors, and everything in the plan that answers each pain.

type PlanFitT = Awaited<ReturnType<typeof getTranslations<"planFit">>>;

const linkName = (t: PlanFitT, link: PersonaLink) =>
  link.otherOffering ? t("personaInOffering", { persona: link.name, offering: link.otherOffering }) : link.name;

/** "Intermediary for Lucía" on an intermediary, "You sell to them through …" on its end customer. */
export async function IntermediaryLines({ persona }: { persona: PersonaOverview }) {
  const t = await getTranslations("planFit");
  const { intermediaryFor, soldThrough } = persona.valueProposition;
  const lines = [
    ...(intermediaryFor ? [t("intermediaryFor", { persona: linkName(t, intermediaryFor) })] : []),
    ...(soldThrough.length ? [t("soldThrough", { intermediaries: joinList(soldThrough.map((link) => linkName(t, link))) })] : []),
  ];
  return lines.map((line) => (
    <p key={line} className="text-sm text-slate-700">
      {line}
    </p>
  ));
}

async function Motivations({ persona }: { persona: PersonaOverview }) {
  const t = await getTranslations("planFit");
  const { motivations } = persona.valueProposition;
  if (!motivations.length) return null;
  const labelId = `persona-${persona.id}-motivations`;
  return (
    <div className="space-y-1">
      <p id={labelId} className="font-semibold text-slate-900">
        {t("motivationsTitle")}
      </p>
      <ul aria-labelledby={labelId} className="space-y-1.5 break-words [&>li]:break-inside-avoid">
        {motivations.map(({ motivation, competitors }) => (
          <li key={motivation}>
            <span className="font-medium">{motivation}</span>
            <span className="block text-sm text-slate-700">
              {competitors.length ? t("motivationRivals", { competitors: joinList(competitors) }) : t("motivationFree")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

async function PainAnswers({ persona }: { persona: PersonaOverview }) {
  const t = await getTranslations("planFit");
  const kinds = await getTranslations("plan.kinds");
  const { painAnswers } = persona.valueProposition;
  if (!painAnswers.length) return null;
  const labelId = `persona-${persona.id}-pain-answers`;
  return (
    <div className="space-y-1">
      <p id={labelId} className="font-semibold text-slate-900">
        {t("painsTitle")}
      </p>
      <ul
        aria-labelledby={labelId}
        className="space-y-2 break-words [&_ul]:mt-0.5 [&_ul]:list-disc [&_ul]:pl-5 [&_ul]:text-sm [&_ul]:text-slate-700 [&>li]:break-inside-avoid"
      >
        {painAnswers.map((answer, index) => {
          const lines = [
            answer.entries.length ? t("painEntries", { entries: joinList(answer.entries.map((e) => e.text)) }) : "",
            answer.ideas.length ? t("painIdeas", { ideas: joinList(answer.ideas.map((i) => i.topic)) }) : "",
            answer.campaigns.length
              ? t("painCampaigns", {
                  campaigns: joinList(answer.campaigns.map((c) => t("campaign", { kind: kinds(c.kind), channel: c.channel }))),
                })
              : "",
          ].filter(Boolean);
          return (
            <li key={`${index}-${answer.pain}`}>
              <span className="font-medium">{answer.pain}</span> <ImportanceBadge importance={answer.importance} />
              {lines.length ? (
                <ul>
                  {lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : (
                <span className="fit-missing block text-sm">{t("painNothing")}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The fit canvas of a persona with its offering, followed by the plan's answers to it; links lead to step 4's value section. */
export function PersonaValue({ projectId, persona, offeringName }: { projectId: string; persona: PersonaOverview; offeringName: string }) {
  const { fit, valueMap } = persona.valueProposition;
  // Step 4 opens on this persona's value section (see components/wizard/personas/persona-view.tsx).
  const fixHref = () => `${stepHref(projectId, "personas")}?persona=${encodeURIComponent(persona.id)}&section=value`;
  return (
    <FitCanvas
      fit={fit}
      valueMap={valueMap}
      personaName={persona.name}
      offeringName={offeringName}
      fixHref={isSharedPlanView() ? undefined : fixHref}
      headingLevel={6}
      idPrefix={`persona-${persona.id}`}
    >
      <Motivations persona={persona} />
      <PainAnswers persona={persona} />
    </FitCanvas>
  );
}
