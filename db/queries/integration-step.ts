import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import {
  amountToCents,
  centsToAmount,
  CURRENCIES,
  integrationStepMissing,
  orderPersonaIds,
  type CampaignInput,
  type ContentIdeaInput,
  type Currency,
  type IntegrationOffering,
  type IntegrationPersona,
  type IntegrationStage,
  type IntegrationStepInput,
} from "@/lib/validation/integration-step";
import { stepBySlug } from "@/lib/wizard/steps";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { campaignPersonas, campaigns, contentIdeas, socialPlans } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { lockProjectStageIds, readProjectStages } from "./journey-stages";
import { lockProjectChannelIds } from "./project-channels";
import { replaceList } from "./replace-list";
import { saveStep, type SaveStepInput, type StepStore } from "./save-step";
import { projectOfferings, projectPersonas } from "./step-dependencies";
import { readStepMeta, type StepMeta } from "./step-versions";
import { references, requireKnownReferences, ReferenceFieldErrors } from "./unknown-references";
import type { FieldErrorMap } from "@/lib/errors";

// The class every step throws for a reference outside the project, under the name callers know.
export { ReferenceFieldErrors as IntegrationFieldErrors } from "./unknown-references";

export const INTEGRATION_STEP = stepBySlug("integration").number;

export interface IntegrationStepView extends IntegrationStepInput {
  meta: StepMeta;
  /** Step 1's offerings, in their order. */
  offerings: IntegrationOffering[];
  /** Step 4's personas, grouped by offering in the order the owner gave them. */
  personas: IntegrationPersona[];
  /** The project's journey stages in order (kept with step 4): what ideas and campaigns serve. */
  stages: IntegrationStage[];
}

type Db = Database | Transaction;

const isCurrency = (value: string): value is Currency => (CURRENCIES as readonly string[]).includes(value);

async function readCampaigns(db: Db, projectId: string, personaOrder: readonly IntegrationPersona[]): Promise<CampaignInput[]> {
  const rows = await db
    .select({
      id: campaigns.id,
      offeringId: campaigns.offeringId,
      kind: campaigns.kind,
      channelId: campaigns.channelId,
      budgetCents: campaigns.budgetCents,
      currency: campaigns.currency,
      startsOn: campaigns.startsOn,
      endsOn: campaigns.endsOn,
      objective: campaigns.objective,
      successMetric: campaigns.successMetric,
      answers: campaigns.answers,
      stageId: campaigns.stageId,
    })
    .from(campaigns)
    .where(eq(campaigns.projectId, projectId))
    .orderBy(asc(campaigns.position), asc(campaigns.id));
  const links = rows.length
    ? await db
        .select({ campaignId: campaignPersonas.campaignId, personaId: campaignPersonas.personaId })
        .from(campaignPersonas)
        .where(
          inArray(
            campaignPersonas.campaignId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map(({ budgetCents, currency, startsOn, endsOn, stageId, ...row }) => ({
    ...row,
    stageId: stageId ?? "",
    personaIds: orderPersonaIds(
      links.filter((l) => l.campaignId === row.id).map((l) => l.personaId),
      personaOrder,
    ),
    budget: centsToAmount(budgetCents),
    // Written only through the validated save, but a text column may still hold anything.
    currency: isCurrency(currency) ? currency : "EUR",
    startsOn: startsOn ?? "",
    endsOn: endsOn ?? "",
  }));
}

async function readStep(db: Db, projectId: string): Promise<IntegrationStepView> {
  const meta = await readStepMeta(db, projectId, INTEGRATION_STEP);
  const personaRows = await projectPersonas(db, projectId);
  const ideaRows = await db
    .select({
      id: contentIdeas.id,
      personaId: contentIdeas.personaId,
      topic: contentIdeas.topic,
      format: contentIdeas.format,
      stageId: contentIdeas.stageId,
      addresses: contentIdeas.addresses,
      addressesKind: contentIdeas.addressesKind,
      plannedOn: contentIdeas.plannedOn,
    })
    .from(contentIdeas)
    .where(eq(contentIdeas.projectId, projectId))
    .orderBy(asc(contentIdeas.position), asc(contentIdeas.id));
  const socialRows = await db
    .select({
      id: socialPlans.id,
      personaId: socialPlans.personaId,
      channelId: socialPlans.channelId,
      purpose: socialPlans.purpose,
      frequency: socialPlans.frequency,
      tone: socialPlans.tone,
    })
    .from(socialPlans)
    .where(eq(socialPlans.projectId, projectId))
    .orderBy(asc(socialPlans.position), asc(socialPlans.id));
  return {
    meta,
    version: meta.version,
    offerings: await projectOfferings(db, projectId),
    personas: personaRows,
    stages: await readProjectStages(db, projectId),
    contentIdeas: ideaRows.map((row) => ({ ...row, addressesKind: row.addressesKind ?? "", plannedOn: row.plannedOn ?? "" })),
    socialPlans: socialRows,
    campaigns: await readCampaigns(db, projectId, personaRows),
  };
}

export async function getIntegrationStep({ actor, projectId }: { actor: Actor; projectId: string }): Promise<IntegrationStepView> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return readStep(db, projectId);
}

/** Removed campaigns take their persona links with them (cascade); kept ones get theirs anew. */
/** A campaign as the form sends it, as its row stores it: money in cents, "" as null. */
export function campaignRow(campaign: CampaignInput, id: string, position: number) {
  return {
    id,
    offeringId: campaign.offeringId,
    kind: campaign.kind,
    channelId: campaign.channelId,
    budgetCents: amountToCents(campaign.budget)!,
    currency: campaign.currency,
    startsOn: campaign.startsOn || null,
    endsOn: campaign.endsOn || null,
    objective: campaign.objective,
    successMetric: campaign.successMetric,
    answers: campaign.answers,
    stageId: campaign.stageId || null,
    position,
  };
}

async function writeCampaigns(tx: Transaction, projectId: string, sent: readonly CampaignInput[]): Promise<void> {
  const match = await replaceList(tx, campaigns, projectId, sent, campaignRow);
  const kept = sent.map((c) => c.id).filter((id) => match.ids.get(id) === id);
  if (kept.length) await tx.delete(campaignPersonas).where(inArray(campaignPersonas.campaignId, kept));
  const links = sent.flatMap((campaign, index) =>
    campaign.personaIds.map((personaId) => ({ campaignId: match.rowIds[index]!, personaId })),
  );
  if (links.length) await tx.insert(campaignPersonas).values(links);
}

/**
 * Step 5 for the save engine: three lists, rows matched by id within the project, each
 * pointing at personas or offerings that must be the project's own.
 */
export const integrationStore: StepStore<IntegrationStepInput, IntegrationStepView, IntegrationPersona[]> = {
  step: stepBySlug("integration"),
  read: readStep,
  missing: (values, personaRows) => integrationStepMissing(personaRows, values),
  async write(tx, { projectId, values }) {
    // Key-share locks keep steps 1 and 4 from deleting what this save points at until it
    // ends; anything already deleted is simply missing here and reported as unknown.
    const personaRows = await projectPersonas(tx, projectId).for("key share");
    const offeringRows = await projectOfferings(tx, projectId).for("key share");
    const personaIds = new Set(personaRows.map((p) => p.id));
    const offeringIds = new Set(offeringRows.map((o) => o.id));
    const channelIds = await lockProjectChannelIds(tx, projectId);
    const stageIds = await lockProjectStageIds(tx, projectId);
    const { contentIdeas: ideas, socialPlans: plans, campaigns: campaignList } = values;
    const campaignStages = campaignList.map((c) => ({ stageId: c.stageId ? [c.stageId] : [] }));
    requireKnownReferences([
      references({ list: "contentIdeas", rows: ideas, field: "personaId", known: personaIds, code: "unknown_persona" }),
      references({ list: "socialPlans", rows: plans, field: "personaId", known: personaIds, code: "unknown_persona" }),
      references({ list: "socialPlans", rows: plans, field: "channelId", known: channelIds, code: "unknown_channel" }),
      references({ list: "campaigns", rows: campaignList, field: "channelId", known: channelIds, code: "unknown_channel" }),
      references({ list: "campaigns", rows: campaignList, field: "offeringId", known: offeringIds, code: "unknown_offering" }),
      references({ list: "campaigns", rows: campaignList, field: "personaIds", known: personaIds, code: "unknown_persona" }),
      references({ list: "contentIdeas", rows: ideas, field: "stageId", known: stageIds, code: "unknown_item" }),
      references({ list: "campaigns", rows: campaignStages, field: "stageId", known: stageIds, code: "unknown_item" }),
    ]);
    requireKnownProfileItems(personaRows, ideas, campaignList);

    await replaceList(tx, contentIdeas, projectId, ideas, ({ plannedOn, addressesKind, ...idea }, id, position) => ({
      ...idea,
      id,
      addressesKind: addressesKind || null,
      plannedOn: plannedOn || null,
      position,
    }));
    await replaceList(tx, socialPlans, projectId, plans, (plan, id, position) => ({ ...plan, id, position }));
    await writeCampaigns(tx, projectId, campaignList);
    return personaRows;
  },
};

/**
 * A content idea's link and a campaign's answers must name pains and gains their persona has
 * now; one removed in another tab meanwhile is reported next to the row, like a gone persona.
 */
function requireKnownProfileItems(
  personaRows: readonly IntegrationPersona[],
  ideas: readonly ContentIdeaInput[],
  campaignList: readonly CampaignInput[],
): void {
  const byId = new Map(personaRows.map((p) => [p.id, p]));
  const has = (personaId: string, kind: "pain" | "gain", item: string) =>
    (kind === "pain" ? byId.get(personaId)?.pains : byId.get(personaId)?.gains)?.includes(item) ?? false;
  const fieldErrors: FieldErrorMap = {};
  ideas.forEach((idea, index) => {
    if (idea.addressesKind && !has(idea.personaId, idea.addressesKind, idea.addresses))
      fieldErrors[`contentIdeas.${index}.addresses`] = "unknown_item";
  });
  campaignList.forEach((campaign, index) => {
    if (campaign.answers.some((a) => !has(a.personaId, a.kind, a.item))) fieldErrors[`campaigns.${index}.answers`] = "unknown_item";
  });
  if (Object.keys(fieldErrors).length) throw new ReferenceFieldErrors(fieldErrors);
}

/** Saves step 5 (see integrationStore) and answers with the step as stored. */
export async function saveIntegrationStep(input: SaveStepInput<IntegrationStepInput>): Promise<IntegrationStepView> {
  return (await saveStep(integrationStore, input)).view;
}
