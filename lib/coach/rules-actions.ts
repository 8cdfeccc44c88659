import { linksOf } from "./links";
import { eachItem, isBlank, wholePlan, type CoachPlan, type CoachRule, type Finding, type SnapshotCampaign } from "./model";

// Step 5: the content, social networks and campaigns that should each serve a persona.

/**
 * The stages after the purchase: those after the one stored as "decision", or the ready-made
 * retention and advocacy when the owner renamed it; the last stage when neither tells.
 */
export function afterPurchaseStages(stages: readonly { id: string; name: string }[]): Set<string> {
  const decision = stages.findIndex((s) => s.name === "decision");
  if (decision >= 0) return new Set(stages.slice(decision + 1).map((s) => s.id));
  const named = stages.filter((s) => s.name === "retention" || s.name === "advocacy");
  return new Set((named.length ? named : stages.slice(-1)).map((s) => s.id));
}

/** Campaign findings name the offering and the channel, which is how the owner tells them apart. */
function campaignRule(failing: (c: SnapshotCampaign, plan: CoachPlan) => boolean) {
  return (plan: CoachPlan) => {
    const { snapshot } = plan;
    const offeringName = new Map(snapshot.offerings.map((o) => [o.id, o.name]));
    const channelName = new Map(snapshot.channels.map((c) => [c.id, c.name]));
    return eachItem(snapshot.campaigns, (c): Finding | null =>
      failing(c, plan)
        ? {
            subject: c.id,
            name: offeringName.get(c.offeringId) ?? "",
            detail: { kind: "channel", value: channelName.get(c.channelId) ?? "" },
            fieldHref: linksOf(snapshot).campaign(c.id),
          }
        : null,
    );
  };
}

function personaNames(plan: CoachPlan) {
  return new Map(plan.snapshot.personas.map((p) => [p.id, p.name]));
}

export const ACTION_RULES: readonly CoachRule[] = [
  {
    id: "persona_no_content",
    area: "content",
    weight: 2,
    check: ({ snapshot }) => {
      const withIdeas = new Set(snapshot.contentIdeas.map((i) => i.personaId));
      return eachItem(snapshot.personas, (p) =>
        withIdeas.has(p.id) ? null : { subject: p.id, name: p.name, fieldHref: linksOf(snapshot).integration("content-ideas") },
      );
    },
  },
  {
    id: "content_no_pain",
    area: "content",
    weight: 2,
    check: ({ snapshot }) =>
      eachItem(snapshot.contentIdeas, (i) =>
        isBlank(i.addresses) ? { subject: i.id, name: i.topic, fieldHref: linksOf(snapshot).contentIdea(i.id) } : null,
      ),
  },
  {
    id: "content_none_after_purchase",
    area: "content",
    weight: 2,
    check: ({ snapshot }) => {
      const after = afterPurchaseStages(snapshot.stages);
      const some = snapshot.contentIdeas.some((i) => after.has(i.stageId));
      return wholePlan(
        snapshot.contentIdeas.length > 0,
        some ? null : { subject: "", name: snapshot.project.name, fieldHref: linksOf(snapshot).integration("content-ideas") },
      );
    },
  },
  {
    id: "social_none",
    area: "social",
    weight: 1,
    check: ({ snapshot }) =>
      wholePlan(
        snapshot.personas.length > 0,
        snapshot.socialPlans.length
          ? null
          : { subject: "", name: snapshot.project.name, fieldHref: linksOf(snapshot).integration("social-plans") },
      ),
  },
  {
    id: "social_no_purpose",
    area: "social",
    weight: 1,
    check: (plan) => {
      const names = personaNames(plan);
      return eachItem(plan.snapshot.socialPlans, (s) =>
        isBlank(s.purpose) || isBlank(s.frequency)
          ? { subject: s.id, name: names.get(s.personaId) ?? "", fieldHref: linksOf(plan.snapshot).socialPlan(s.id) }
          : null,
      );
    },
  },
  {
    id: "social_off_persona_channel",
    area: "social",
    weight: 2,
    check: (plan) => {
      const personas = new Map(plan.snapshot.personas.map((p) => [p.id, p]));
      const channelName = new Map(plan.snapshot.channels.map((c) => [c.id, c.name]));
      // Only where the persona says where it can be reached: otherwise persona_no_channels speaks.
      const judged = plan.snapshot.socialPlans.filter((s) => personas.get(s.personaId)?.channelIds.length);
      return eachItem(judged, (s) => {
        const persona = personas.get(s.personaId)!;
        return persona.channelIds.includes(s.channelId)
          ? null
          : {
              subject: s.id,
              name: persona.name,
              detail: { kind: "channel", value: channelName.get(s.channelId) ?? "" },
              fieldHref: linksOf(plan.snapshot).socialPlan(s.id),
            };
      });
    },
  },
  {
    id: "campaign_no_persona",
    area: "campaigns",
    weight: 3,
    check: (plan) => {
      const targeted = new Set(plan.snapshot.campaignPersonas.map((l) => l.campaignId));
      return campaignRule((c) => !targeted.has(c.id))(plan);
    },
  },
  { id: "campaign_no_metric", area: "campaigns", weight: 3, check: campaignRule((c) => isBlank(c.successMetric)) },
  {
    id: "campaign_bad_dates",
    area: "campaigns",
    weight: 2,
    check: campaignRule((c) => !c.startsOn || !c.endsOn || c.endsOn < c.startsOn),
  },
  { id: "campaign_no_answer", area: "campaigns", weight: 2, check: campaignRule((c) => c.answers.length === 0) },
  {
    id: "budget_one_channel",
    area: "campaigns",
    weight: 2,
    check: ({ snapshot }) => {
      const funded = new Set(snapshot.campaigns.filter((c) => c.budgetCents > 0).map((c) => c.channelId));
      const [only] = funded;
      const channelName = new Map(snapshot.channels.map((c) => [c.id, c.name]));
      return wholePlan(
        funded.size > 0 && snapshot.channels.length > 1,
        funded.size === 1
          ? {
              subject: "",
              name: snapshot.project.name,
              detail: { kind: "channel", value: channelName.get(only!) ?? "" },
              fieldHref: linksOf(snapshot).integration("campaigns"),
            }
          : null,
      );
    },
  },
];
