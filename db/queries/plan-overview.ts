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
import { groupPlanOverview, type PlanOverview, type PlanRows } from "./plan-overview-model";

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
 * One query per table, whatever the size of the plan, all inside one read-only snapshot so
 * that the rows agree with each other (no campaign of an offering deleted between two reads).
 */
async function readPlanRows(tx: Transaction, projectId: string, locale: Locale): Promise<PlanRows> {
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
  // Names as the reader reads them, so the page and every download print "Newsletter", never a code.
  const channelName = new Map(channels.map((c) => [c.id, channelNameIn(locale, c.name)]));
  const named = (ids: readonly string[]) => ids.flatMap((id) => channelName.get(id) ?? []);
  const socialNetworks = channels.map((c) => channelName.get(c.id)!);
  // Stages likewise: "Awareness" or "Descubrimiento", or the owner's own name for it.
  const stageList = stages.map((s) => ({ id: s.id, name: stageNameIn(locale, s.name) }));
  const stageName = new Map(stageList.map((s) => [s.id, s.name]));
  return {
    project: project[0]!,
    steps,
    categories: categoryRows,
    offerings: offeringRows,
    personas: personaRows.map((p) => ({ ...p, channels: named(p.channelIds) })),
    competitors: competitorRows,
    digitalProfile: digital[0]
      ? { ...digital[0], socialNetworks }
      : socialNetworks.length
        ? { media: [], keywords: [], needs: "", painPoints: "", socialNetworks }
        : null,
    targetProfile: target[0] ?? null,
    stages: stageList,
    contentIdeas: ideas.map((i) => ({ ...i, stage: stageName.get(i.stageId) ?? "" })),
    socialPlans: social.map((s) => ({ ...s, network: channelName.get(s.channelId) ?? "" })),
    campaigns: campaignRows.map((c) => ({
      ...c,
      channel: channelName.get(c.channelId) ?? "",
      stage: (c.stageId && stageName.get(c.stageId)) || "",
    })),
    campaignPersonas: targets,
  };
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
  const rows = await db.transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "project.read");
      return readPlanRows(tx, projectId, locale);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return groupPlanOverview(rows, locale);
}
