import "server-only";
import { asc, eq, getTableColumns, type Table } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import { channelNameIn } from "@/lib/wizard/channel-labels";
import { stageNameIn } from "@/lib/wizard/stage-labels";
import { getDb } from "../client";
import type { Transaction } from "../connect";
import {
  campaignPersonas,
  campaigns,
  categories,
  competitors,
  contentIdeas,
  digitalProfiles,
  offerings,
  personas,
  projectChannels,
  projects,
  projectSteps,
  socialPlans,
  targetProfiles,
} from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { readProjectStages } from "./journey-stages";
import {
  groupPlanOverview,
  type CampaignRow,
  type ContentIdeaRow,
  type DigitalProfileRow,
  type PersonaRow,
  type PlanOverview,
  type PlanRows,
  type SocialPlanRow,
  type StageRow,
} from "./plan-overview-model";

export type * from "./plan-overview-model";
export type * from "./plan-overview-fit";
export type * from "./plan-overview-journey";

/** A table's columns minus the ones the plan never shows (the project id, the sort position). */
function columnsWithout<T extends Table, K extends keyof T["_"]["columns"] & string>(table: T, ...omitted: K[]) {
  const columns: Record<string, unknown> = { ...getTableColumns(table) };
  for (const key of omitted) delete columns[key];
  return columns as Omit<T["_"]["columns"], K>;
}

/**
 * The plan's rows as stored, in no reader's language: channels and stages by their stored
 * names. It is plain JSON (no dates, no bigints past 2^53), so a saved version keeps it as
 * it is and names it later for whoever reads it (namePlanRows).
 */
export interface PlanSnapshot extends Omit<
  PlanRows,
  "personas" | "digitalProfile" | "stages" | "contentIdeas" | "socialPlans" | "campaigns"
> {
  personas: Omit<PersonaRow, "channels">[];
  digitalProfile: Omit<DigitalProfileRow, "socialNetworks"> | null;
  channels: { id: string; name: string }[];
  stages: StageRow[];
  contentIdeas: Omit<ContentIdeaRow, "stage">[];
  socialPlans: Omit<SocialPlanRow, "network">[];
  campaigns: Omit<CampaignRow, "channel" | "stage">[];
}

/**
 * One query per table, whatever the size of the plan. Call it inside one read-only snapshot
 * transaction so that the rows agree with each other (no campaign of an offering deleted
 * between two reads). The caller has checked the reader's rights.
 */
export async function readPlanSnapshot(tx: Transaction, projectId: string): Promise<PlanSnapshot> {
  const [
    project,
    steps,
    categoryRows,
    offeringRows,
    personaRows,
    competitorRows,
    digital,
    target,
    ideas,
    social,
    campaignRows,
    targets,
    channels,
    stages,
  ] = await Promise.all([
    tx.select({ id: projects.id, name: projects.name, description: projects.description }).from(projects).where(eq(projects.id, projectId)),
    tx
      .select({ step: projectSteps.step, completed: projectSteps.completed, missing: projectSteps.missing })
      .from(projectSteps)
      .where(eq(projectSteps.projectId, projectId)),
    tx
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .where(eq(categories.projectId, projectId))
      .orderBy(asc(categories.position), asc(categories.id)),
    tx
      .select(columnsWithout(offerings, "projectId", "position"))
      .from(offerings)
      .where(eq(offerings.projectId, projectId))
      .orderBy(asc(offerings.position), asc(offerings.id)),
    tx
      .select(columnsWithout(personas, "projectId", "position"))
      .from(personas)
      .where(eq(personas.projectId, projectId))
      .orderBy(asc(personas.position), asc(personas.id)),
    tx
      .select(columnsWithout(competitors, "projectId", "position"))
      .from(competitors)
      .where(eq(competitors.projectId, projectId))
      .orderBy(asc(competitors.position), asc(competitors.id)),
    tx.select(columnsWithout(digitalProfiles, "projectId")).from(digitalProfiles).where(eq(digitalProfiles.projectId, projectId)),
    tx.select(columnsWithout(targetProfiles, "projectId")).from(targetProfiles).where(eq(targetProfiles.projectId, projectId)),
    tx
      .select(columnsWithout(contentIdeas, "projectId", "position"))
      .from(contentIdeas)
      .where(eq(contentIdeas.projectId, projectId))
      .orderBy(asc(contentIdeas.position), asc(contentIdeas.id)),
    tx
      .select(columnsWithout(socialPlans, "projectId", "position"))
      .from(socialPlans)
      .where(eq(socialPlans.projectId, projectId))
      .orderBy(asc(socialPlans.position), asc(socialPlans.id)),
    tx
      .select(columnsWithout(campaigns, "projectId", "position"))
      .from(campaigns)
      .where(eq(campaigns.projectId, projectId))
      .orderBy(asc(campaigns.position), asc(campaigns.id)),
    tx
      .select({ campaignId: campaignPersonas.campaignId, personaId: campaignPersonas.personaId })
      .from(campaignPersonas)
      .innerJoin(campaigns, eq(campaigns.id, campaignPersonas.campaignId))
      .where(eq(campaigns.projectId, projectId)),
    tx
      .select({ id: projectChannels.id, name: projectChannels.name })
      .from(projectChannels)
      .where(eq(projectChannels.projectId, projectId))
      .orderBy(asc(projectChannels.position), asc(projectChannels.id)),
    readProjectStages(tx, projectId),
  ]);
  return {
    project: project[0]!,
    steps,
    categories: categoryRows,
    offerings: offeringRows,
    personas: personaRows,
    competitors: competitorRows,
    digitalProfile: digital[0] ?? null,
    targetProfile: target[0] ?? null,
    channels,
    stages: stages.map((s) => ({ id: s.id, name: s.name })),
    contentIdeas: ideas,
    socialPlans: social,
    campaigns: campaignRows,
    campaignPersonas: targets,
  };
}

/** A snapshot's channels and stages named in the reader's language: "Newsletter", never a code. */
export function namePlanRows(snapshot: PlanSnapshot, locale: Locale): PlanRows {
  const { channels, digitalProfile: digital, ...rest } = snapshot;
  const channelName = new Map(channels.map((c) => [c.id, channelNameIn(locale, c.name)]));
  const named = (ids: readonly string[]) => ids.flatMap((id) => channelName.get(id) ?? []);
  const socialNetworks = channels.map((c) => channelName.get(c.id)!);
  // Stages likewise: "Awareness" or "Descubrimiento", or the owner's own name for it.
  const stageList = snapshot.stages.map((s) => ({ id: s.id, name: stageNameIn(locale, s.name) }));
  const stageName = new Map(stageList.map((s) => [s.id, s.name]));
  return {
    ...rest,
    personas: snapshot.personas.map((p) => ({ ...p, channels: named(p.channelIds) })),
    digitalProfile: digital
      ? { ...digital, socialNetworks }
      : socialNetworks.length
        ? { media: [], keywords: [], needs: "", painPoints: "", socialNetworks }
        : null,
    stages: stageList,
    contentIdeas: snapshot.contentIdeas.map((i) => ({ ...i, stage: stageName.get(i.stageId) ?? "" })),
    socialPlans: snapshot.socialPlans.map((s) => ({ ...s, network: channelName.get(s.channelId) ?? "" })),
    campaigns: snapshot.campaigns.map((c) => ({
      ...c,
      channel: channelName.get(c.channelId) ?? "",
      stage: (c.stageId && stageName.get(c.stageId)) || "",
    })),
  };
}

/** Groups a snapshot (live or saved) into the plan as the reader reads it. */
export function planFromSnapshot(snapshot: PlanSnapshot, locale: Locale): PlanOverview {
  return groupPlanOverview(namePlanRows(snapshot, locale), locale);
}

/**
 * Everything the wizard holds for a project, grouped and sorted the way the plan reads (see
 * plan-overview-model.ts): offerings by category with their personas, the content plan by
 * persona and journey stage, the social matrix, the campaigns with their budget totals and
 * timeline. `locale` is the reader's language, which orders names. Anyone who may read the
 * project may read its plan.
 */
export async function getPlanOverview({
  actor,
  projectId,
  locale,
}: {
  actor: Actor;
  projectId: string;
  locale: Locale;
}): Promise<PlanOverview> {
  const db = await getDb();
  const snapshot = await db.transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "project.read");
      return readPlanSnapshot(tx, projectId);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return planFromSnapshot(snapshot, locale);
}
