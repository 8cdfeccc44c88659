import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { exportCache, projectSteps } from "../schema";
import { requireProjectPermission, type Actor } from "./access";

// Rendered downloads (PDF, DOCX) by the key lib/export/export-cache-key.ts computes. Anyone who
// may read the project may download it, so reading and storing both ask for project.read; the
// key includes the project and the plan as that reader was shown it, so no reader is served a
// file made from rows they could not see.

export interface CacheLimits {
  /** Recently used files kept per project: a few formats and languages of the current plan. */
  keepPerProject: number;
  /** What all projects' files may take together, by their size; the least recently used go first. */
  maxBytes: number;
  /** A file larger than this is served but not kept. */
  maxFileBytes: number;
}

export const CACHE_LIMITS: CacheLimits = { keepPerProject: 6, maxBytes: 256 * 1024 * 1024, maxFileBytes: 16 * 1024 * 1024 };

/** Each step's version, by step number: what a save changes. */
export async function readStepVersions({ actor, projectId }: { actor: Actor; projectId: string }): Promise<Record<number, number>> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  const rows = await db
    .select({ step: projectSteps.step, version: projectSteps.version })
    .from(projectSteps)
    .where(eq(projectSteps.projectId, projectId));
  return Object.fromEntries(rows.map((row) => [row.step, row.version]));
}

/** The stored file, marked as used at `now`; null when there is none for this key. */
export async function readCachedExport({
  actor,
  projectId,
  key,
  now,
}: {
  actor: Actor;
  projectId: string;
  key: string;
  now: Date;
}): Promise<Uint8Array | null> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  const [row] = await db
    .update(exportCache)
    .set({ lastUsedAt: now })
    .where(and(eq(exportCache.projectId, projectId), eq(exportCache.key, key)))
    .returning({ bytes: exportCache.bytes });
  return row ? new Uint8Array(row.bytes) : null;
}

/**
 * Keeps a rendered file, then prunes: the project keeps its `keepPerProject` most recently
 * used files (older keys name plans that changed since), and all projects together stay
 * under `maxBytes`. Two instances storing the same key at once leave one row.
 */
export async function storeCachedExport({
  actor,
  projectId,
  key,
  format,
  bytes,
  now,
  limits = CACHE_LIMITS,
}: {
  actor: Actor;
  projectId: string;
  key: string;
  format: string;
  bytes: Uint8Array;
  now: Date;
  limits?: CacheLimits;
}): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  if (bytes.length > limits.maxFileBytes) return;
  await db
    .insert(exportCache)
    .values({ projectId, key, format, bytes, size: bytes.length, createdAt: now, lastUsedAt: now })
    .onConflictDoUpdate({ target: [exportCache.projectId, exportCache.key], set: { lastUsedAt: now } });
  await db.execute(sql`
    delete from ${exportCache}
    where ${exportCache.projectId} = ${projectId}
      and ${exportCache.key} not in (
        select ${exportCache.key} from ${exportCache}
        where ${exportCache.projectId} = ${projectId}
        order by ${exportCache.lastUsedAt} desc, ${exportCache.key}
        limit ${limits.keepPerProject}
      )`);
  await db.execute(sql`
    delete from ${exportCache}
    where (${exportCache.projectId}, ${exportCache.key}) in (
      select project_id, key from (
        select project_id, key,
          sum(size) over (order by last_used_at desc, project_id, key) as kept
        from ${exportCache}
      ) ranked
      where kept > ${limits.maxBytes}
    )`);
}
