import type { Messages } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { PersonaOverview } from "@/db/queries/plan-overview";
import { formatDecisionRoles } from "@/lib/validation/decision-roles";
import { isGeneration } from "@/lib/validation/personas-step";
import { channelName } from "@/lib/wizard/channel-names";
import { PersonaB2b } from "./persona-b2b";
import { PersonaEvidence } from "./persona-evidence";
import { PersonaJourney } from "./persona-journey";
import { IntermediaryLines, PersonaValue } from "./persona-value";
import { Details, formatAgeRange, joinList } from "./plan-kit";

/**
 * One buyer persona as a card: who they are, whether research backs them, their profile, how to
 * reach them, its fit with the offering and its journey.
 */
export async function PersonaSummary({
  projectId,
  persona,
  offeringName,
}: {
  projectId: string;
  persona: PersonaOverview;
  offeringName: string;
}) {
  const t = await getTranslations("plan.persona");
  const p = await getTranslations("personas");
  const tNetworks = await getTranslations("competitors.networkLabels");
  const label = (field: keyof Messages["personas"]["fields"]) => p(`fields.${field}.label`);
  const roles = formatDecisionRoles(persona.decisionRoles, (role) => p(`roles.${role}.label`), await getLocale());
  const age = formatAgeRange(t, persona.ageMin, persona.ageMax);
  const generation = isGeneration(persona.generation) ? p(`generations.${persona.generation}`) : persona.generation;
  return (
    <article aria-labelledby={`persona-${persona.id}`} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <div className="print:break-inside-avoid">
        <h5 id={`persona-${persona.id}`} className="font-semibold">
          {persona.name}
          <span className="font-normal text-slate-700"> · {roles}</span>
        </h5>
        {persona.description ? <p className="text-slate-700">{persona.description}</p> : null}
        {persona.needsIntermediary ? <p className="text-sm text-slate-700">{t("intermediary")}</p> : null}
        <IntermediaryLines persona={persona} />
        <PersonaB2b persona={persona} />
      </div>
      <PersonaEvidence persona={persona} />
      <Details
        items={[
          { label: t("age"), value: age },
          { label: label("gender"), value: persona.gender },
          { label: label("location"), value: persona.location },
          { label: label("occupation"), value: persona.occupation },
          { label: label("generation"), value: generation },
          { label: label("goals"), value: joinList(persona.goals) },
          { label: label("jobs"), value: joinList(persona.jobs) },
          { label: label("pains"), value: joinList(persona.pains) },
          { label: label("gains"), value: joinList(persona.gains) },
          { label: label("needs"), value: persona.needs },
          { label: label("motivations"), value: persona.motivations },
          { label: label("ideals"), value: persona.ideals },
          { label: label("channelIds"), value: joinList(persona.channels.map((c) => channelName(c, (id) => tNetworks(id)))) },
          { label: label("attractingContent"), value: persona.attractingContent },
          { label: label("objections"), value: persona.objections },
        ]}
      />
      <PersonaValue projectId={projectId} persona={persona} offeringName={offeringName} />
      <PersonaJourney persona={persona} />
    </article>
  );
}
