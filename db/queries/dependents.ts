import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Dependent } from "@/lib/errors";
import type { Transaction } from "../connect";
import { campaignPersonas, campaigns, contentIdeas, offerings, personas, socialPlans } from "../schema";

const count = sql<number>`count(*)::int`;

async function countBy(tx: Transaction, table: typeof contentIdeas | typeof socialPlans, personaIds: string[]) {
  if (!personaIds.length) return new Map<string, number>();
  const rows = await tx
    .select({ personaId: table.personaId, n: count })
    .from(table)
    .where(inArray(table.personaId, personaIds))
    .groupBy(table.personaId);
  return new Map(rows.map((r) => [r.personaId, r.n]));
}

/** What removing these personas would take with it; personas with nothing attached are left out. */
export async function personaDependents(tx: Transaction, personaIds: string[]): Promise<Dependent[]> {
  if (!personaIds.length) return [];
  const names = await tx.select({ id: personas.id, name: personas.name }).from(personas).where(inArray(personas.id, personaIds));
  const ideas = await countBy(tx, contentIdeas, personaIds);
  const social = await countBy(tx, socialPlans, personaIds);
  const linked = await tx
    .select({ personaId: campaignPersonas.personaId, n: count })
    .from(campaignPersonas)
    .where(inArray(campaignPersonas.personaId, personaIds))
    .groupBy(campaignPersonas.personaId);
  const campaignCounts = new Map(linked.map((r) => [r.personaId, r.n]));
  return names
    .map((p) => ({
      kind: "persona" as const,
      name: p.name,
      contentIdeas: ideas.get(p.id) ?? 0,
      socialPlans: social.get(p.id) ?? 0,
      campaigns: campaignCounts.get(p.id) ?? 0,
    }))
    .filter((d) => d.contentIdeas + d.socialPlans + d.campaigns > 0);
}

/** What removing these offerings would take with it. */
export async function offeringDependents(tx: Transaction, offeringIds: string[]): Promise<Dependent[]> {
  if (!offeringIds.length) return [];
  const names = await tx.select({ id: offerings.id, name: offerings.name }).from(offerings).where(inArray(offerings.id, offeringIds));
  const personaRows = await tx
    .select({ offeringId: personas.offeringId, n: count })
    .from(personas)
    .where(inArray(personas.offeringId, offeringIds))
    .groupBy(personas.offeringId);
  const campaignRows = await tx
    .select({ offeringId: campaigns.offeringId, n: count })
    .from(campaigns)
    .where(inArray(campaigns.offeringId, offeringIds))
    .groupBy(campaigns.offeringId);
  const personaCounts = new Map(personaRows.map((r) => [r.offeringId, r.n]));
  const campaignCounts = new Map(campaignRows.map((r) => [r.offeringId, r.n]));
  return names
    .map((o) => ({
      kind: "offering" as const,
      name: o.name,
      personas: personaCounts.get(o.id) ?? 0,
      campaigns: campaignCounts.get(o.id) ?? 0,
    }))
    .filter((d) => d.personas + d.campaigns > 0);
}

/** Deletes everything that hangs on these personas, then the personas. */
export async function deletePersonasCascade(tx: Transaction, projectId: string, personaIds: string[]): Promise<void> {
  if (!personaIds.length) return;
  await tx.delete(contentIdeas).where(and(eq(contentIdeas.projectId, projectId), inArray(contentIdeas.personaId, personaIds)));
  await tx.delete(socialPlans).where(and(eq(socialPlans.projectId, projectId), inArray(socialPlans.personaId, personaIds)));
  await tx.delete(campaignPersonas).where(inArray(campaignPersonas.personaId, personaIds));
  await tx.delete(personas).where(and(eq(personas.projectId, projectId), inArray(personas.id, personaIds)));
}

/** Deletes the personas and campaigns of these offerings, then the offerings. */
export async function deleteOfferingsCascade(tx: Transaction, projectId: string, offeringIds: string[]): Promise<void> {
  if (!offeringIds.length) return;
  const personaIds = (
    await tx
      .select({ id: personas.id })
      .from(personas)
      .where(and(eq(personas.projectId, projectId), inArray(personas.offeringId, offeringIds)))
  ).map((r) => r.id);
  await deletePersonasCascade(tx, projectId, personaIds);
  await tx.delete(campaigns).where(and(eq(campaigns.projectId, projectId), inArray(campaigns.offeringId, offeringIds)));
  await tx.delete(offerings).where(and(eq(offerings.projectId, projectId), inArray(offerings.id, offeringIds)));
}
