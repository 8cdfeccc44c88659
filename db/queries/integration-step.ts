import "server-only";
import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { AppError, type FieldErrorMap } from "@/lib/errors";
import {
  amountToCents,
  centsToAmount,
  CURRENCIES,
  integrationStepMissing,
  orderPersonaIds,
  type CampaignInput,
  type Currency,
  type IntegrationOffering,
  type IntegrationPersona,
  type IntegrationStepInput,
} from "@/lib/validation/integration-step";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { campaignPersonas, campaigns, contentIdeas, offerings, personas, projectSteps, socialPlans } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { bumpStepVersion, lockStepVersion, readStepMeta, type StepMeta } from "./step-versions";

export const INTEGRATION_STEP = 5 as const;

export interface IntegrationStepView extends IntegrationStepInput {
  meta: StepMeta;
  /** Step 1's offerings, in their order. */
  offerings: IntegrationOffering[];
  /** Step 4's personas, grouped by offering in the order the owner gave them. */
  personas: IntegrationPersona[];
}

/**
 * A save that is well-formed but points at personas or offerings the project does not
 * have (removed in another tab meanwhile, or a crafted id): the errors name the row.
 */
export class IntegrationFieldErrors extends AppError {
  constructor(readonly fieldErrors: FieldErrorMap) {
    super("validation", { fieldErrors });
    this.name = "IntegrationFieldErrors";
  }
}

type Db = Database | Transaction;

async function readOfferings(db: Db, projectId: string): Promise<IntegrationOffering[]> {
  return db
    .select({ id: offerings.id, name: offerings.name })
    .from(offerings)
    .where(eq(offerings.projectId, projectId))
    .orderBy(asc(offerings.position));
}

/** The query, not its result, so that the save can add a lock to it. */
function readPersonas(db: Db, projectId: string) {
  return db
    .select({ id: personas.id, name: personas.name, offeringId: personas.offeringId })
    .from(personas)
    .innerJoin(offerings, eq(offerings.id, personas.offeringId))
    .where(eq(personas.projectId, projectId))
    .orderBy(asc(offerings.position), asc(personas.position), asc(personas.id));
}

const isCurrency = (value: string): value is Currency => (CURRENCIES as readonly string[]).includes(value);

async function readCampaigns(db: Db, projectId: string, personaOrder: readonly IntegrationPersona[]): Promise<CampaignInput[]> {
  const rows = await db
    .select({
      id: campaigns.id,
      offeringId: campaigns.offeringId,
      kind: campaigns.kind,
      channel: campaigns.channel,
      budgetCents: campaigns.budgetCents,
      currency: campaigns.currency,
      startsOn: campaigns.startsOn,
      endsOn: campaigns.endsOn,
      objective: campaigns.objective,
      successMetric: campaigns.successMetric,
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
  return rows.map(({ budgetCents, currency, startsOn, endsOn, ...row }) => ({
    ...row,
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
  const personaRows = await readPersonas(db, projectId);
  const ideaRows = await db
    .select({
      id: contentIdeas.id,
      personaId: contentIdeas.personaId,
      topic: contentIdeas.topic,
      format: contentIdeas.format,
      stage: contentIdeas.stage,
      addresses: contentIdeas.addresses,
      plannedOn: contentIdeas.plannedOn,
    })
    .from(contentIdeas)
    .where(eq(contentIdeas.projectId, projectId))
    .orderBy(asc(contentIdeas.position), asc(contentIdeas.id));
  const socialRows = await db
    .select({
      id: socialPlans.id,
      personaId: socialPlans.personaId,
      network: socialPlans.network,
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
    offerings: await readOfferings(db, projectId),
    personas: personaRows,
    contentIdeas: ideaRows.map((row) => ({ ...row, plannedOn: row.plannedOn ?? "" })),
    socialPlans: socialRows,
    campaigns: await readCampaigns(db, projectId, personaRows),
  };
}

export async function getIntegrationStep({ actor, projectId }: { actor: Actor; projectId: string }): Promise<IntegrationStepView> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return readStep(db, projectId);
}

/** Field errors for every row that points at a persona or offering outside the project. */
function unknownReferences(values: IntegrationStepInput, personaIds: Set<string>, offeringIds: Set<string>): FieldErrorMap {
  const errors: FieldErrorMap = {};
  values.contentIdeas.forEach((idea, i) => {
    if (!personaIds.has(idea.personaId)) errors[`contentIdeas.${i}.personaId`] = "unknown_persona";
  });
  values.socialPlans.forEach((plan, i) => {
    if (!personaIds.has(plan.personaId)) errors[`socialPlans.${i}.personaId`] = "unknown_persona";
  });
  values.campaigns.forEach((campaign, i) => {
    if (!offeringIds.has(campaign.offeringId)) errors[`campaigns.${i}.offeringId`] = "unknown_offering";
    if (campaign.personaIds.some((id) => !personaIds.has(id))) errors[`campaigns.${i}.personaIds`] = "unknown_persona";
  });
  return errors;
}

/** Ids of the project's rows in `table`, and deletes those the save no longer sends. */
async function keepSentRows(
  tx: Transaction,
  table: typeof contentIdeas | typeof socialPlans | typeof campaigns,
  projectId: string,
  sent: readonly { id: string }[],
): Promise<Set<string>> {
  const existing = new Set((await tx.select({ id: table.id }).from(table).where(eq(table.projectId, projectId))).map((r) => r.id));
  const kept = sent.map((r) => r.id).filter((id) => existing.has(id));
  await tx.delete(table).where(and(eq(table.projectId, projectId), kept.length ? notInArray(table.id, kept) : undefined));
  return new Set(kept);
}

async function writeCampaigns(tx: Transaction, projectId: string, sent: readonly CampaignInput[]): Promise<void> {
  // Removed campaigns take their persona links with them (cascade).
  const existing = await keepSentRows(tx, campaigns, projectId, sent);
  for (const [position, campaign] of sent.entries()) {
    const { id, personaIds, budget, startsOn, endsOn, ...fields } = campaign;
    const row = {
      ...fields,
      budgetCents: amountToCents(budget)!,
      startsOn: startsOn || null,
      endsOn: endsOn || null,
      position,
    };
    let campaignId = id;
    if (existing.has(id)) {
      await tx
        .update(campaigns)
        .set(row)
        .where(and(eq(campaigns.id, id), eq(campaigns.projectId, projectId)));
      await tx.delete(campaignPersonas).where(eq(campaignPersonas.campaignId, id));
    } else {
      const [inserted] = await tx
        .insert(campaigns)
        .values({ ...row, projectId })
        .returning({ id: campaigns.id });
      campaignId = inserted!.id;
    }
    await tx.insert(campaignPersonas).values(personaIds.map((personaId) => ({ campaignId, personaId })));
  }
}

/**
 * Replaces the step's three lists in one transaction, rows matched by id within the
 * project: a reload shows exactly what was sent, and any failure keeps the previous version.
 */
export async function saveIntegrationStep({
  actor,
  projectId,
  values,
  saveId,
}: {
  actor: Actor;
  projectId: string;
  values: IntegrationStepInput;
  /** Names this save attempt: a retry with the same id is answered, not applied again. */
  saveId?: string;
}): Promise<IntegrationStepView> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "step.edit");
    if ((await lockStepVersion(tx, projectId, INTEGRATION_STEP, values.version, saveId)) === "already_applied")
      return readStep(tx, projectId);

    // Key-share locks keep steps 1 and 4 from deleting what this save points at until it
    // ends; anything already deleted is simply missing here and reported as unknown.
    const projectPersonas = await readPersonas(tx, projectId).for("key share");
    const projectOfferings = await tx
      .select({ id: offerings.id })
      .from(offerings)
      .where(eq(offerings.projectId, projectId))
      .for("key share");
    const fieldErrors = unknownReferences(values, new Set(projectPersonas.map((p) => p.id)), new Set(projectOfferings.map((o) => o.id)));
    if (Object.keys(fieldErrors).length) throw new IntegrationFieldErrors(fieldErrors);

    // Ids the browser made up are only keys: new rows get server ids, so a crafted id
    // can never reach a row of another project.
    const ideaIds = await keepSentRows(tx, contentIdeas, projectId, values.contentIdeas);
    for (const [position, { id, plannedOn, ...fields }] of values.contentIdeas.entries()) {
      const row = { ...fields, plannedOn: plannedOn || null, position };
      if (ideaIds.has(id))
        await tx
          .update(contentIdeas)
          .set(row)
          .where(and(eq(contentIdeas.id, id), eq(contentIdeas.projectId, projectId)));
      else await tx.insert(contentIdeas).values({ ...row, projectId });
    }
    const planIds = await keepSentRows(tx, socialPlans, projectId, values.socialPlans);
    for (const [position, { id, ...fields }] of values.socialPlans.entries()) {
      if (planIds.has(id))
        await tx
          .update(socialPlans)
          .set({ ...fields, position })
          .where(and(eq(socialPlans.id, id), eq(socialPlans.projectId, projectId)));
      else await tx.insert(socialPlans).values({ ...fields, position, projectId });
    }
    await writeCampaigns(tx, projectId, values.campaigns);

    await bumpStepVersion(tx, projectId, INTEGRATION_STEP, actor.id, integrationStepMissing(projectPersonas, values), saveId);
    return readStep(tx, projectId);
  });
}

/**
 * Recomputes what step 5 lacks from what is stored, without a new version or saver:
 * personas come and go in step 4, and that alone changes what is missing here.
 */
export async function refreshIntegrationMissing(tx: Transaction, projectId: string): Promise<void> {
  const personaRows = await readPersonas(tx, projectId);
  const missing = integrationStepMissing(personaRows, {
    contentIdeas: await tx.select({ personaId: contentIdeas.personaId }).from(contentIdeas).where(eq(contentIdeas.projectId, projectId)),
    socialPlans: await tx.select({ id: socialPlans.id }).from(socialPlans).where(eq(socialPlans.projectId, projectId)),
    campaigns: await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.projectId, projectId)),
  });
  const completed = missing.length === 0;
  await tx.insert(projectSteps).values({ projectId, step: INTEGRATION_STEP, completed, missing }).onConflictDoNothing();
  await tx
    .update(projectSteps)
    // updatedAt keeps its value: this is not a save by anyone.
    .set({ completed, missing, updatedAt: sql`${projectSteps.updatedAt}` })
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, INTEGRATION_STEP)));
}
