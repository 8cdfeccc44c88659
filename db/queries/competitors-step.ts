import "server-only";
import { asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { ChannelInput } from "@/lib/validation/channels";
import {
  competitorsStepMissing,
  EMPTY_DIGITAL_PROFILE,
  type CompetitorsStepInput,
  type DigitalProfileInput,
} from "@/lib/validation/competitors-step";
import { stepBySlug } from "@/lib/wizard/steps";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { competitors, digitalProfiles, projectChannels } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { channelDependents, deleteChannelsCascade } from "./channel-dependents";
import { matchList, replaceList, writeListRows } from "./replace-list";
import { saveStep, type SaveStepInput, type StepStore } from "./save-step";
import { readStepMeta, type StepMeta } from "./step-versions";

export const COMPETITORS_STEP = stepBySlug("competitors").number;

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
  return {
    meta,
    version: meta.version,
    competitors: competitorRows,
    digitalProfile: profile ?? EMPTY_DIGITAL_PROFILE,
    channels: await readProjectChannels(db, projectId),
  };
}

/** The project's channels in the owner's order: what steps 4 and 5 pick from. */
export function readProjectChannels(db: Database | Transaction, projectId: string): Promise<ChannelInput[]> {
  return db
    .select({ id: projectChannels.id, name: projectChannels.name })
    .from(projectChannels)
    .where(eq(projectChannels.projectId, projectId))
    .orderBy(asc(projectChannels.position), asc(projectChannels.id));
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
 * The project's channels as step 2 sends them. A channel that personas, social network plans or
 * campaigns use is only removed with `confirmRemovals`, and then takes those uses with it.
 */
async function writeChannels(tx: Transaction, projectId: string, sent: readonly ChannelInput[], confirmRemovals: boolean) {
  const match = await matchList(tx, projectChannels, projectId, sent);
  const dependents = await channelDependents(tx, projectId, match.removed);
  if (dependents.length && !confirmRemovals) throw new AppError("needs_confirmation", { dependents });
  await deleteChannelsCascade(tx, projectId, match.removed);
  await writeListRows(
    tx,
    projectChannels,
    projectId,
    sent.map((channel, position) => ({ id: match.rowIds[position]!, name: channel.name, position })),
  );
}

/**
 * Step 2 for the save engine, competitors and channels matched by id like step 1. Nothing else
 * in the plan points at a competitor, so their removals need no confirmation here (the form
 * asks before removing a filled card); channels are picked in steps 4 and 5 (writeChannels).
 */
export const competitorsStore: StepStore<CompetitorsStepInput, CompetitorsStepView> = {
  step: stepBySlug("competitors"),
  read: readStep,
  missing: competitorsStepMissing,
  async write(tx, { projectId, values, confirmRemovals }) {
    await replaceList(tx, competitors, projectId, values.competitors, (competitor, id, position) => ({ ...competitor, id, position }));
    await writeDigitalProfile(tx, projectId, values.digitalProfile);
    await writeChannels(tx, projectId, values.channels, confirmRemovals);
  },
};

/** Saves step 2 (see competitorsStore) and answers with the step as stored. */
export async function saveCompetitorsStep(input: SaveStepInput<CompetitorsStepInput>): Promise<CompetitorsStepView> {
  return (await saveStep(competitorsStore, input)).view;
}

/** The project's competitor ids: what a persona's motivations may be compared with. */
export async function projectCompetitorIds(db: Database | Transaction, projectId: string): Promise<Set<string>> {
  const rows = await db.select({ id: competitors.id }).from(competitors).where(eq(competitors.projectId, projectId));
  return new Set(rows.map((r) => r.id));
}
