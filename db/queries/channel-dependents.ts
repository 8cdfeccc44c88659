import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Dependent } from "@/lib/errors";
import type { Transaction } from "../connect";
import { campaigns, personas, projectChannels, socialPlans } from "../schema";

const count = sql<number>`count(*)::int`;
const uuidArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

async function countBy(tx: Transaction, table: typeof socialPlans | typeof campaigns, channelIds: string[]) {
  const rows = await tx
    .select({ channelId: table.channelId, n: count })
    .from(table)
    .where(inArray(table.channelId, channelIds))
    .groupBy(table.channelId);
  return new Map(rows.map((r) => [r.channelId, r.n]));
}

/**
 * Where these channels are used: by how many personas (who only lose it from their list), and
 * how many social network plans and campaigns (which go with it). Unused channels are left out.
 */
export async function channelDependents(tx: Transaction, projectId: string, channelIds: string[]): Promise<Dependent[]> {
  if (!channelIds.length) return [];
  const names = await tx
    .select({ id: projectChannels.id, name: projectChannels.name })
    .from(projectChannels)
    .where(and(eq(projectChannels.projectId, projectId), inArray(projectChannels.id, channelIds)));
  const picked = await tx
    .select({ channelId: sql<string>`picked.id`, n: count })
    .from(personas)
    .innerJoin(sql`unnest(${personas.channelIds}) as picked(id)`, sql`true`)
    .where(and(eq(personas.projectId, projectId), sql`picked.id = any(${uuidArray(channelIds)})`))
    .groupBy(sql`picked.id`);
  const personaCounts = new Map(picked.map((r) => [r.channelId, r.n]));
  const plans = await countBy(tx, socialPlans, channelIds);
  const campaignCounts = await countBy(tx, campaigns, channelIds);
  return names
    .map((c) => ({
      kind: "channel" as const,
      name: c.name,
      personas: personaCounts.get(c.id) ?? 0,
      socialPlans: plans.get(c.id) ?? 0,
      campaigns: campaignCounts.get(c.id) ?? 0,
    }))
    .filter((d) => d.personas + d.socialPlans + d.campaigns > 0);
}

/** Takes these channels off every persona, deletes the plans and campaigns on them, then the channels. */
export async function deleteChannelsCascade(tx: Transaction, projectId: string, channelIds: string[]): Promise<void> {
  if (!channelIds.length) return;
  const removed = uuidArray(channelIds);
  await tx
    .update(personas)
    .set({
      channelIds: sql`array(select kept from unnest(${personas.channelIds}) with ordinality as c(kept, ord) where kept <> all(${removed}) order by ord)`,
    })
    .where(and(eq(personas.projectId, projectId), sql`${personas.channelIds} && ${removed}`));
  await tx.delete(socialPlans).where(and(eq(socialPlans.projectId, projectId), inArray(socialPlans.channelId, channelIds)));
  // Their persona links go with them (cascade).
  await tx.delete(campaigns).where(and(eq(campaigns.projectId, projectId), inArray(campaigns.channelId, channelIds)));
  await tx.delete(projectChannels).where(and(eq(projectChannels.projectId, projectId), inArray(projectChannels.id, channelIds)));
}
