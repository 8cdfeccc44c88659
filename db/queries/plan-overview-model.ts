import type { Locale } from "@/lib/i18n/locales";
import type { MissingItem } from "@/lib/wizard/missing";
import { WIZARD_STEPS, type StepSlug } from "@/lib/wizard/steps";
import type {
  campaigns,
  categories,
  competitors,
  contentIdeas,
  digitalProfiles,
  offerings,
  personas,
  projects,
  socialPlans,
  targetProfiles,
} from "../schema";
import { valuePropositions, type ValueProposition } from "./plan-overview-fit";
import { planJourney, type PlanJourney } from "./plan-overview-journey";

// The plan overview in two halves: plan-overview.ts reads one row set per table, and this
// file groups and sorts them in memory, so the number of queries never depends on the
// plan's size. The web plan page and every download read what this file builds and only lay
// it out: no order, grouping or sum is worked out twice, so the formats cannot disagree.

type Row<T extends { $inferSelect: object }, Omitted extends keyof T["$inferSelect"]> = Omit<T["$inferSelect"], Omitted>;

export type OfferingRow = Row<typeof offerings, "projectId" | "position">;
// Channels are stored by id; the plan carries each one's display name in the reader's language
// (lib/wizard/channel-labels.ts), so no layout translates or groups channels on its own.
export type PersonaRow = Row<typeof personas, "projectId" | "position"> & { channels: string[] };
export type CompetitorRow = Row<typeof competitors, "projectId" | "position">;
/** With the project's channels, entered in step 2 next to the digital profile. */
export type DigitalProfileRow = Row<typeof digitalProfiles, "projectId"> & { socialNetworks: string[] };
export type TargetProfileRow = Row<typeof targetProfiles, "projectId">;
/** `stage`: the name of its journey stage as the reader reads it. */
export type ContentIdeaRow = Row<typeof contentIdeas, "projectId" | "position"> & { stage: string };
/** One of the project's journey stages, in order, named as the reader reads it. */
export interface StageRow {
  id: string;
  name: string;
}
export type SocialPlanRow = Row<typeof socialPlans, "projectId" | "position"> & { network: string };
/** `stage`: the name of the journey stage it serves ("" when it names none). */
export type CampaignRow = Row<typeof campaigns, "projectId" | "position"> & { channel: string; stage: string };

/** What the queries return, each list already in its table's order (position, then id). */
export interface PlanRows {
  project: Pick<typeof projects.$inferSelect, "id" | "name" | "description">;
  steps: { step: number; completed: boolean; missing: MissingItem[] }[];
  categories: Pick<typeof categories.$inferSelect, "id" | "name">[];
  offerings: OfferingRow[];
  personas: PersonaRow[];
  competitors: CompetitorRow[];
  digitalProfile: DigitalProfileRow | null;
  targetProfile: TargetProfileRow | null;
  /** The project's journey stages in order: what content is sorted by. */
  stages: StageRow[];
  contentIdeas: ContentIdeaRow[];
  socialPlans: SocialPlanRow[];
  campaigns: CampaignRow[];
  campaignPersonas: { campaignId: string; personaId: string }[];
}

export interface StepStatus {
  number: number;
  slug: StepSlug;
  /** False until someone saved the step once. */
  started: boolean;
  completed: boolean;
  missing: MissingItem[];
}

/** A sum of money in one currency. Different currencies are never added together. */
export interface MoneyTotal {
  currency: string;
  cents: number;
}

export interface PersonaRef {
  id: string;
  name: string;
  offeringName: string;
}

export interface CampaignOverview extends CampaignRow {
  personas: { id: string; name: string }[];
}

/** A persona as the plan shows it: its answers, and what its offering does for it (plan-overview-fit.ts). */
export interface PersonaOverview extends PersonaRow {
  valueProposition: ValueProposition;
  /** Its customer journey map over the project's stages (plan-overview-journey.ts); null when nothing is written. */
  journeyMap: PlanJourney | null;
}

export interface OfferingOverview extends OfferingRow {
  categoryName: string;
  personas: PersonaOverview[];
}

export interface CategoryOverview {
  id: string;
  name: string;
  offerings: OfferingOverview[];
}

export interface OfferingCampaigns {
  offering: { id: string; name: string };
  campaigns: CampaignOverview[];
  totals: MoneyTotal[];
}

export interface ChannelBudget {
  channel: string;
  campaignCount: number;
  totals: MoneyTotal[];
}

/** A content idea with the persona it is for, as one line of the content calendar. */
export interface CalendarEntry {
  persona: PersonaRef;
  idea: ContentIdeaRow;
}

/** A campaign on the timeline, placed by its first and last known day. */
export interface TimelineEntry {
  offering: { id: string; name: string };
  campaign: CampaignOverview;
  /** The start, or the end when only that is known; null when the campaign has no dates. */
  first: string | null;
  /** The end, or the start when only that is known; null when the campaign has no dates. */
  last: string | null;
}

export interface SocialMatrixRow {
  persona: PersonaRef;
  /** One entry per network of `networks`, in the same order; usually zero or one plan each. */
  cells: SocialPlanRow[][];
}

export interface PlanOverview {
  project: PlanRows["project"];
  steps: StepStatus[];
  /** The steps not complete yet, in step order: while there are any, the plan is a draft. */
  incompleteSteps: StepStatus[];
  categories: CategoryOverview[];
  /** Every offering in reading order (category by category), each with its personas. */
  offerings: OfferingOverview[];
  offeringCount: number;
  personaCount: number;
  competitors: CompetitorRow[];
  /** Null when step 2's profile has no answer yet. */
  digitalProfile: DigitalProfileRow | null;
  /** Null when step 3 has no answer yet. */
  targetProfile: TargetProfileRow | null;
  /** The project's journey stages in order, named as the reader reads them. */
  stages: StageRow[];
  /** Per persona in reading order, the ideas by journey stage, then planned date (undated last), then as entered. */
  content: { persona: PersonaRef; ideas: ContentIdeaRow[] }[];
  /** Every idea by planned date (undated last), then persona name in the reader's language, then as in `content`. */
  contentCalendar: CalendarEntry[];
  contentIdeaCount: number;
  social: { networks: string[]; rows: SocialMatrixRow[]; planCount: number };
  campaigns: OfferingCampaigns[];
  campaignCount: number;
  /** Every campaign by first day, then last day, the undated ones at the end; ties as in `campaigns`. */
  timeline: TimelineEntry[];
  budget: { byChannel: ChannelBudget[]; total: MoneyTotal[] };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Sums cents per currency, ordered by currency code so the totals read the same every time. */
export function totalsByCurrency(items: readonly { budgetCents: number; currency: string }[]): MoneyTotal[] {
  const sums = new Map<string, number>();
  for (const { budgetCents, currency } of items) sums.set(currency, (sums.get(currency) ?? 0) + budgetCents);
  return [...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, cents]) => ({ currency, cents }));
}

/** Stored calendar days (yyyy-mm-dd) sort as text; a missing day sorts after every real one. */
export function byDay(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
}

/**
 * The project's journey order, then the planned date; Array.prototype.sort is stable, so ties
 * stay as entered.
 */
function byStageThenDay(stages: readonly StageRow[]) {
  const rank = new Map(stages.map((stage, index) => [stage.id, index]));
  const of = (idea: ContentIdeaRow) => rank.get(idea.stageId) ?? stages.length;
  return (a: ContentIdeaRow, b: ContentIdeaRow) => of(a) - of(b) || byDay(a.plannedOn, b.plannedOn);
}

const isBlank = (values: readonly unknown[]) =>
  values.every((v) => v === null || v === "" || v === false || (Array.isArray(v) && v.length === 0));

/**
 * Groups and sorts a plan's rows for reading. `locale` is the reader's language, in which
 * persona names are compared where the content calendar orders them.
 */
export function groupPlanOverview(rows: PlanRows, locale: Locale): PlanOverview {
  const stepRows = new Map(rows.steps.map((s) => [s.step, s]));
  const steps: StepStatus[] = WIZARD_STEPS.map(({ number, slug }) => {
    const row = stepRows.get(number);
    return { number, slug, started: Boolean(row), completed: row?.completed ?? false, missing: row?.missing ?? [] };
  });

  const offeringIds = new Set(rows.offerings.map((o) => o.id));
  const offeringName = new Map(rows.offerings.map((o) => [o.id, o.name]));
  const shownPersonas = rows.personas.filter((p) => offeringIds.has(p.offeringId));
  const shownCampaigns = rows.campaigns.filter((c) => offeringIds.has(c.offeringId));
  const propositions = valuePropositions({
    personas: shownPersonas.map((p) => ({ ...p, offeringName: offeringName.get(p.offeringId)! })),
    competitors: rows.competitors,
    contentIdeas: rows.contentIdeas,
    campaigns: shownCampaigns,
  });
  const personasByOffering = groupBy(
    shownPersonas.map((p) => ({ ...p, valueProposition: propositions.get(p.id)!, journeyMap: planJourney(p.journey, rows.stages) })),
    (p) => p.offeringId,
  );
  const categoryName = new Map(rows.categories.map((c) => [c.id, c.name]));
  const offeringList: OfferingOverview[] = rows.offerings.map((o) => ({
    ...o,
    categoryName: categoryName.get(o.categoryId) ?? "",
    personas: personasByOffering.get(o.id) ?? [],
  }));
  const offeringsByCategory = groupBy(offeringList, (o) => o.categoryId);
  const categoryList = rows.categories.map((c) => ({ ...c, offerings: offeringsByCategory.get(c.id) ?? [] }));

  // Personas in reading order (offering by offering); anything pointing elsewhere is dropped.
  const personaRefs = new Map<string, PersonaRef>();
  for (const offering of offeringList) {
    for (const p of offering.personas) personaRefs.set(p.id, { id: p.id, name: p.name, offeringName: offering.name });
  }
  const orderedPersonas = [...personaRefs.values()];

  const ideasByPersona = groupBy(rows.contentIdeas, (i) => i.personaId);
  const journeyOrder = byStageThenDay(rows.stages);
  const content = orderedPersonas.flatMap((persona) => {
    const ideas = ideasByPersona.get(persona.id);
    return ideas ? [{ persona, ideas: ideas.sort(journeyOrder) }] : [];
  });
  const byName = new Intl.Collator(locale).compare;
  const contentCalendar = content
    .flatMap(({ persona, ideas }) => ideas.map((idea) => ({ persona, idea })))
    .sort((a, b) => byDay(a.idea.plannedOn, b.idea.plannedOn) || byName(a.persona.name, b.persona.name));

  const socialRows = rows.socialPlans.filter((s) => personaRefs.has(s.personaId));
  // One column per channel the plans use, in the order they first appear.
  const networkSpelling = new Map<string, string>();
  for (const plan of socialRows) if (!networkSpelling.has(plan.channelId)) networkSpelling.set(plan.channelId, plan.network);
  const networkKeys = [...networkSpelling.keys()];
  const socialByPersona = groupBy(socialRows, (s) => s.personaId);
  const socialMatrix = orderedPersonas.flatMap((persona) => {
    const plans = socialByPersona.get(persona.id);
    if (!plans) return [];
    const byNetwork = groupBy(plans, (p) => p.channelId);
    return [{ persona, cells: networkKeys.map((key) => byNetwork.get(key) ?? []) }];
  });

  const targetsByCampaign = new Map<string, Set<string>>();
  for (const { campaignId, personaId } of rows.campaignPersonas) {
    targetsByCampaign.set(campaignId, (targetsByCampaign.get(campaignId) ?? new Set()).add(personaId));
  }
  const campaignList: CampaignOverview[] = shownCampaigns.map((c) => ({
    ...c,
    // In the order of the personas on the page, not the order the links were stored.
    personas: orderedPersonas.filter((p) => targetsByCampaign.get(c.id)?.has(p.id)).map(({ id, name }) => ({ id, name })),
  }));
  const campaignsByOffering = groupBy(campaignList, (c) => c.offeringId);
  const campaignGroups = offeringList.flatMap((o) => {
    const list = campaignsByOffering.get(o.id);
    return list ? [{ offering: { id: o.id, name: o.name }, campaigns: list, totals: totalsByCurrency(list) }] : [];
  });
  const timeline = campaignGroups
    .flatMap(({ offering, campaigns }) =>
      campaigns.map((campaign) => ({
        offering,
        campaign,
        first: campaign.startsOn ?? campaign.endsOn,
        last: campaign.endsOn ?? campaign.startsOn,
      })),
    )
    .sort((a, b) => byDay(a.first, b.first) || byDay(a.last, b.last));
  // By the project's channel, so two campaigns on Instagram add up under one line.
  const byChannel = [...groupBy(campaignList, (c) => c.channelId).values()].map((list) => ({
    channel: list[0]!.channel,
    campaignCount: list.length,
    totals: totalsByCurrency(list),
  }));

  return {
    project: rows.project,
    steps,
    incompleteSteps: steps.filter((s) => !s.completed),
    categories: categoryList,
    offerings: categoryList.flatMap((c) => c.offerings),
    offeringCount: offeringList.length,
    personaCount: orderedPersonas.length,
    competitors: rows.competitors,
    digitalProfile: rows.digitalProfile && !isBlank(Object.values(rows.digitalProfile)) ? rows.digitalProfile : null,
    targetProfile: rows.targetProfile && !isBlank(Object.values(rows.targetProfile)) ? rows.targetProfile : null,
    stages: rows.stages,
    content,
    contentCalendar,
    contentIdeaCount: content.reduce((n, c) => n + c.ideas.length, 0),
    social: { networks: networkKeys.map((k) => networkSpelling.get(k)!), rows: socialMatrix, planCount: socialRows.length },
    campaigns: campaignGroups,
    campaignCount: campaignList.length,
    timeline,
    budget: { byChannel, total: totalsByCurrency(campaignList) },
  };
}
