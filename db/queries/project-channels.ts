import "server-only";
import { eq, sql } from "drizzle-orm";
import type { AddChannelInput, ChannelInput } from "@/lib/validation/channels";
import { competitorsStepMissing } from "@/lib/validation/competitors-step";
import { fieldError } from "@/lib/validation/error-codes";
import { channelKey, MAX_CHANNELS } from "@/lib/wizard/channel-names";
import { getDb } from "../client";
import type { Transaction } from "../connect";
import { projectChannels, projectSteps } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { COMPETITORS_STEP, competitorsStore, readProjectChannels } from "./competitors-step";
import { ReferenceFieldErrors } from "./unknown-references";
import { bumpStepVersion } from "./step-versions";

/**
 * The ids of the project's channels, key-share locked until the save ends: step 2 cannot
 * delete a channel that a step 4 or 5 save is pointing at meanwhile, and one it already
 * deleted is missing here and reported as unknown.
 */
export async function lockProjectChannelIds(tx: Transaction, projectId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ id: projectChannels.id })
    .from(projectChannels)
    .where(eq(projectChannels.projectId, projectId))
    .for("key share");
  return new Set(rows.map((r) => r.id));
}

/**
 * "Add a channel" from step 4 or 5: appends `name` to the project's channels, or answers with
 * the channel of that name (case aside) when there is one, so a retry adds nothing twice.
 * The list is step 2's, so an addition is a new version of step 2: a step 2 form open
 * elsewhere then gets a conflict instead of silently dropping the channel on its next save.
 */
export async function addProjectChannel({
  actor,
  projectId,
  values,
}: {
  actor: Actor;
  projectId: string;
  values: AddChannelInput;
}): Promise<{ channel: ChannelInput; channels: ChannelInput[]; progressChanged: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "step.edit");
    // Queues up behind any save of step 2, as lockStepVersion does, but without a version to match.
    await tx
      .insert(projectSteps)
      .values({ projectId, step: COMPETITORS_STEP })
      .onConflictDoUpdate({
        target: [projectSteps.projectId, projectSteps.step],
        set: { version: sql`${projectSteps.version}`, updatedAt: sql`${projectSteps.updatedAt}` },
      });
    const channels = await readProjectChannels(tx, projectId);
    const existing = channels.find((c) => channelKey(c.name) === channelKey(values.name));
    if (existing) return { channel: existing, channels, progressChanged: false };
    if (channels.length >= MAX_CHANNELS) throw new ReferenceFieldErrors({ name: fieldError("too_many", MAX_CHANNELS).error });

    const [added] = await tx
      .insert(projectChannels)
      .values({ projectId, name: values.name, position: channels.length })
      .returning({ id: projectChannels.id, name: projectChannels.name });
    const step = await competitorsStore.read(tx, projectId);
    await bumpStepVersion(tx, projectId, COMPETITORS_STEP, actor.id, competitorsStepMissing(step));
    // Only the first channel changes what step 2 lacks (lib/validation/competitors-step.ts).
    return { channel: added!, channels: [...channels, added!], progressChanged: channels.length === 0 };
  });
}

/** The project's channels for a page that picks them; readers may see them, like the steps. */
export async function getProjectChannels({ actor, projectId }: { actor: Actor; projectId: string }): Promise<ChannelInput[]> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return readProjectChannels(db, projectId);
}
