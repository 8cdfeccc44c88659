import "server-only";
import { and, asc, eq, notInArray } from "drizzle-orm";
import {
  competitorsStepMissing,
  EMPTY_DIGITAL_PROFILE,
  type CompetitorsStepInput,
  type DigitalProfileInput,
} from "@/lib/validation/competitors-step";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { competitors, digitalProfiles } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { bumpStepVersion, lockStepVersion, readStepMeta, type StepMeta } from "./step-versions";

export const COMPETITORS_STEP = 2 as const;

export interface CompetitorsStepView extends CompetitorsStepInput {
  meta: StepMeta;
}

/** The columns of a competitor as the form and the plan use them (no project id, no position). */
export const competitorColumns = {
  id: competitors.id,
  name: competitors.name,
  website: competitors.website,
  overlap: competitors.overlap,
  revenueModel: competitors.revenueModel,
  channels: competitors.channels,
  notes: competitors.notes,
};

export const digitalProfileColumns = {
  socialNetworks: digitalProfiles.socialNetworks,
  media: digitalProfiles.media,
  keywords: digitalProfiles.keywords,
  needs: digitalProfiles.needs,
  painPoints: digitalProfiles.painPoints,
};

async function readStep(db: Database | Transaction, projectId: string): Promise<CompetitorsStepView> {
  const meta = await readStepMeta(db, projectId, COMPETITORS_STEP);
  const competitorRows = await db
    .select(competitorColumns)
    .from(competitors)
    .where(eq(competitors.projectId, projectId))
    .orderBy(asc(competitors.position), asc(competitors.id));
  const [profile] = await db.select(digitalProfileColumns).from(digitalProfiles).where(eq(digitalProfiles.projectId, projectId));
  return { meta, version: meta.version, competitors: competitorRows, digitalProfile: profile ?? EMPTY_DIGITAL_PROFILE };
}

export async function getCompetitorsStep({ actor, projectId }: { actor: Actor; projectId: string }): Promise<CompetitorsStepView> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return readStep(db, projectId);
}

async function writeDigitalProfile(tx: Transaction, projectId: string, profile: DigitalProfileInput): Promise<void> {
  await tx
    .insert(digitalProfiles)
    .values({ projectId, ...profile })
    .onConflictDoUpdate({ target: digitalProfiles.projectId, set: profile });
}

/**
 * Replaces the step in one transaction, competitors matched by id like step 1: a reload
 * shows exactly what was sent, and a failure part-way leaves the previous version intact.
 * Nothing else in the plan points at a competitor, so removals need no confirmation here
 * (the form asks before removing a filled card).
 */
export async function saveCompetitorsStep({
  actor,
  projectId,
  values,
  saveId,
}: {
  actor: Actor;
  projectId: string;
  values: CompetitorsStepInput;
  /** Names this save attempt: a retry with the same id is answered, not applied again. */
  saveId?: string;
}): Promise<CompetitorsStepView> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "step.edit");
    if ((await lockStepVersion(tx, projectId, COMPETITORS_STEP, values.version, saveId)) === "already_applied")
      return readStep(tx, projectId);

    const existing = new Set(
      (await tx.select({ id: competitors.id }).from(competitors).where(eq(competitors.projectId, projectId))).map((r) => r.id),
    );
    const kept = values.competitors.map((c) => c.id).filter((id) => existing.has(id));
    await tx.delete(competitors).where(and(eq(competitors.projectId, projectId), notInArray(competitors.id, kept)));

    for (const [position, competitor] of values.competitors.entries()) {
      const { id, ...fields } = competitor;
      // Ids the browser made up are only keys: new rows get server ids, so a crafted id
      // can never reach a row of another project.
      if (existing.has(id)) {
        await tx
          .update(competitors)
          .set({ ...fields, position })
          .where(and(eq(competitors.id, id), eq(competitors.projectId, projectId)));
      } else {
        await tx.insert(competitors).values({ ...fields, position, projectId });
      }
    }
    await writeDigitalProfile(tx, projectId, values.digitalProfile);

    await bumpStepVersion(tx, projectId, COMPETITORS_STEP, actor.id, competitorsStepMissing(values), saveId);
    return readStep(tx, projectId);
  });
}
