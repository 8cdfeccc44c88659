import { factorLines } from "@/lib/validation/value-map";
import { personaFit } from "@/lib/wizard/fit";
import { planJourney } from "@/db/queries/plan-overview-journey";
import { linksOf } from "./links";
import { eachItem, isBlank, type CoachRule, type Finding, type SnapshotPersona } from "./model";

// The value map (what the offering does for each persona) and the customer journey (where the
// persona meets the business, and what stops them there).

const mapped = (p: SnapshotPersona) => p.valueMap.length > 0;
const hasProfile = (p: SnapshotPersona) => p.pains.length > 0 || p.gains.length > 0;

/** A rule over the personas whose value map has entries, with their fit worked out once each. */
function withFit(failing: (p: SnapshotPersona, fit: ReturnType<typeof personaFit>) => Omit<Finding, "subject" | "name"> | null) {
  return (personas: readonly SnapshotPersona[]) =>
    eachItem(personas.filter(mapped), (p) => {
      const found = failing(p, personaFit(p));
      return found ? { subject: p.id, name: p.name, ...found } : null;
    });
}

export const VALUE_RULES: readonly CoachRule[] = [
  {
    id: "value_map_empty",
    area: "value_map",
    weight: 3,
    check: ({ snapshot }) =>
      eachItem(snapshot.personas.filter(hasProfile), (p) =>
        mapped(p) ? null : { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "value") },
      ),
  },
  {
    id: "essential_pain_unrelieved",
    area: "value_map",
    weight: 3,
    check: ({ snapshot }) =>
      withFit((p, fit) => {
        const pains = fit.unanswered.filter((item) => item.list === "pains" && item.importance === "essential");
        return pains.length
          ? { detail: pains.map((item) => item.item).join(", "), fieldHref: linksOf(snapshot).persona(p.id, "value") }
          : null;
      })(snapshot.personas),
  },
  {
    id: "needs_unmet",
    area: "value_map",
    weight: 2,
    check: ({ snapshot }) =>
      withFit((p, fit) =>
        fit.unmetNeeds.length ? { detail: fit.unmetNeeds.join(", "), fieldHref: linksOf(snapshot).persona(p.id, "value") } : null,
      )(snapshot.personas),
  },
  {
    id: "value_fit_low",
    area: "value_map",
    weight: 2,
    check: ({ snapshot }) =>
      withFit((p, fit) =>
        fit.share !== null && fit.share < 50 ? { detail: `${fit.share}%`, fieldHref: linksOf(snapshot).persona(p.id, "value") } : null,
      )(snapshot.personas),
  },
  {
    id: "motivations_not_compared",
    area: "value_map",
    weight: 1,
    check: ({ snapshot }) => {
      if (!snapshot.competitors.length) return { checked: 0, findings: [] };
      return eachItem(
        snapshot.personas.filter((p) => factorLines(p.motivations).length > 0),
        (p) =>
          p.motivationRivals.some((r) => r.competitorIds.length > 0)
            ? null
            : { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "value") },
      );
    },
  },
  {
    id: "journey_not_mapped",
    area: "journey",
    weight: 2,
    check: ({ snapshot }) =>
      eachItem(snapshot.personas, (p) =>
        planJourney(p.journey, snapshot.stages)
          ? null
          : { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "journey") },
      ),
  },
  {
    id: "journey_not_walked",
    area: "journey",
    weight: 1,
    check: ({ snapshot }) =>
      eachItem(
        snapshot.personas.filter((p) => planJourney(p.journey, snapshot.stages)),
        (p) =>
          isBlank(p.journey.walkedOn) ? { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).persona(p.id, "journey") } : null,
      ),
  },
  {
    id: "journey_pain_unplanned",
    area: "journey",
    weight: 3,
    check: ({ snapshot }) => {
      // "<persona> <stage>" pairs that something in step 5 serves: a content idea, or a campaign aimed at the persona.
      const served = new Set(snapshot.contentIdeas.map((i) => `${i.personaId} ${i.stageId}`));
      const stageOfCampaign = new Map(snapshot.campaigns.map((c) => [c.id, c.stageId]));
      for (const link of snapshot.campaignPersonas) {
        const stageId = stageOfCampaign.get(link.campaignId);
        if (stageId) served.add(`${link.personaId} ${stageId}`);
      }
      const stageName = new Map(snapshot.stages.map((s) => [s.id, s.name]));
      const painful = snapshot.personas.flatMap((p) =>
        p.journey.cells.filter((cell) => !isBlank(cell.painPoints) && stageName.has(cell.stageId)).map((cell) => ({ p, cell })),
      );
      return eachItem(painful, ({ p, cell }) =>
        served.has(`${p.id} ${cell.stageId}`)
          ? null
          : {
              subject: `${p.id}:${cell.stageId}`,
              name: p.name,
              detail: { kind: "stage", value: stageName.get(cell.stageId)! },
              fieldHref: linksOf(snapshot).integration("content-ideas"),
            },
      );
    },
  },
];
