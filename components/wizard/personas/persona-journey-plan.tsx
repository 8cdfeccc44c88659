"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { addContentIdeaFromOpportunityAction } from "@/lib/actions/add-content-idea-from-opportunity";
import type { JourneyCell } from "@/lib/validation/journey";
import { ROW_TEXT_LIMITS } from "@/lib/validation/integration-step";
import { opportunityLines, topicFromOpportunity, type StageSummary } from "@/lib/wizard/journey-map";
import { usePersonaRefs, type PersonaStage } from "./persona-refs";

/** One opportunity of the map, with the button that plans it in step 5 and what came of it. */
function OpportunityToIdea({
  stage,
  personaId,
  line,
  disabled,
}: {
  stage: PersonaStage;
  personaId: string;
  line: string;
  disabled: boolean;
}) {
  const t = useTranslations("personas.journey");
  const { projectId, addPlanItem, integrationHref } = usePersonaRefs();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ added: string } | { failed: true }>();
  const topic = topicFromOpportunity(line, ROW_TEXT_LIMITS.contentIdeas.topic);
  const lineId = `journey-${personaId}-${stage.id}-${line}`.replace(/[^\w-]/g, "_");

  const plan = () =>
    startTransition(async () => {
      const result = await addContentIdeaFromOpportunityAction(projectId, { personaId, stageId: stage.id, topic });
      if (!result.ok) return setOutcome({ failed: true });
      addPlanItem({ kind: "contentIdea", id: result.data.id, personaId, stageId: stage.id, title: topic });
      setOutcome({ added: topic });
    });

  return (
    <li className="space-y-1">
      <span id={lineId} className="block text-slate-800">
        {line}
      </span>
      {outcome && "added" in outcome ? (
        <span className="block text-green-900">
          {t("toIdeaDone", { topic: outcome.added })}{" "}
          <Link href={integrationHref} className="font-semibold text-brand-700 underline">
            {t("toIdeaOpen")}
          </Link>
        </span>
      ) : (
        <button
          type="button"
          onClick={plan}
          disabled={disabled || pending}
          aria-describedby={lineId}
          className="rounded-md border border-brand-700 bg-white px-2 py-1 text-xs font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {pending ? t("toIdeaPending") : t("toIdea")}
        </button>
      )}
      {/* A live region without the status role: the step's own save status stays the page's one status. */}
      <span aria-live="polite" className="block text-red-800">
        {outcome && "failed" in outcome ? t("toIdeaFailed") : ""}
      </span>
    </li>
  );
}

/**
 * What step 5 plans for this persona at this stage, a flag when the stage hurts and nothing
 * answers it, and each written opportunity ready to become a content idea.
 */
export function StagePlan({
  stage,
  cell,
  summary,
  personaId,
  disabled,
}: {
  stage: PersonaStage;
  cell: JourneyCell | undefined;
  summary: StageSummary;
  personaId: string;
  disabled: boolean;
}) {
  const t = useTranslations("personas.journey");
  const { planItems } = usePersonaRefs();
  const items = planItems.filter((item) => item.personaId === personaId && item.stageId === stage.id);
  // Content ideas still name a ready-made stage: an added or renamed one cannot take one yet.
  const opportunities = opportunityLines(cell);
  return (
    <div className="space-y-2 border-t border-slate-200 pt-2 text-sm">
      {summary.unattended ? (
        <p className="font-medium text-amber-900">
          <span aria-hidden="true">⚠ </span>
          {t("unattended")}
        </p>
      ) : null}
      <p className="font-semibold text-slate-900">{t("planned")}</p>
      {items.length ? (
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              {t(item.kind === "campaign" ? "plannedCampaign" : "plannedIdea", { title: item.title })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t("nothingPlanned")}</p>
      )}
      {opportunities.length && personaId ? (
        <ul className="space-y-2">
          {opportunities.map((line) => (
            <OpportunityToIdea key={line} stage={stage} personaId={personaId} line={line} disabled={disabled} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
