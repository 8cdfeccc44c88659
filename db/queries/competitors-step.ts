import "server-only";
import { asc, eq } from "drizzle-orm";
import {
  competitorsStepMissing,
  EMPTY_DIGITAL_PROFILE,
  type CompetitorsStepInput,
  type DigitalProfileInput,
} from "@/lib/validation/competitors-step";
import { stepBySlug } from "@/lib/wizard/steps";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { competitors, digitalProfiles } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { replaceList } from "./replace-list";
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
 * Step 2 for the save engine, competitors matched by id like step 1. Nothing else in the plan
 * points at a competitor, so removals need no confirmation here (the form asks before
 * removing a filled card).
 */
export const competitorsStore: StepStore<CompetitorsStepInput, CompetitorsStepView> = {
  step: stepBySlug("competitors"),
  read: readStep,
  missing: competitorsStepMissing,
  async write(tx, { projectId, values }) {
    await replaceList(tx, competitors, projectId, values.competitors, (competitor, id, position) => ({ ...competitor, id, position }));
    await writeDigitalProfile(tx, projectId, values.digitalProfile);
  },
};

/** Saves step 2 (see competitorsStore) and answers with the step as stored. */
export async function saveCompetitorsStep(input: SaveStepInput<CompetitorsStepInput>): Promise<CompetitorsStepView> {
  return (await saveStep(competitorsStore, input)).view;
}
