import "server-only";
import type { Actor } from "@/db/queries/access";
import { readCachedExport, readStepVersions, storeCachedExport } from "@/db/queries/export-cache";
import { logger } from "@/lib/log/logger";
import { exportCacheKey } from "./export-cache-key";
import { exportText } from "./export-text";
import type { ExportFormat, PlanExport } from "./plan-export";
import { renderPlanExport } from "./render-plan-export";
import { renderPool, type RenderPool } from "./worker/render-pool";
import { THREADED_FORMATS, type ThreadedFormat } from "./worker/render-worker";

export interface PlanFile {
  body: Uint8Array | string;
  /** "hit": served from the cache; "miss": rendered and stored; "none": a format that is not kept. */
  cache: "hit" | "miss" | "none";
}

const isThreaded = (format: ExportFormat): format is ThreadedFormat => (THREADED_FORMATS as readonly string[]).includes(format);

/**
 * A plan's file for download. Markdown and CSV take milliseconds and are written here; a PDF
 * or DOCX is served from the cache when the plan has not changed since it was last rendered,
 * and otherwise rendered in a worker thread and kept. `data` comes from loadPlanExport, which
 * has checked the actor's membership; the cache asks again. When every thread is busy and
 * the queue is full it throws AppError("unavailable"): the caller answers "try again shortly".
 */
export async function renderPlanDownload({
  actor,
  projectId,
  format,
  data,
  now,
  renderer = renderPool(),
}: {
  actor: Actor;
  projectId: string;
  format: ExportFormat;
  data: PlanExport;
  now: Date;
  renderer?: Pick<RenderPool, "render" | "version">;
}): Promise<PlanFile> {
  if (!isThreaded(format)) return { body: await renderPlanExport(format, data, await exportText(data.locale)), cache: "none" };
  const [stepVersions, rendererVersion] = await Promise.all([readStepVersions({ actor, projectId }), renderer.version()]);
  const key = exportCacheKey({ projectId, format, data, stepVersions, rendererVersion });
  const cached = await readCachedExport({ actor, projectId, key, now });
  if (cached) return { body: cached, cache: "hit" };
  const body = await renderer.render({ format, data });
  try {
    await storeCachedExport({ actor, projectId, key, format, bytes: body, now });
  } catch (error) {
    // The reader still gets the file; the next download renders it again.
    logger.warn({ err: error, projectId, format }, "a rendered download could not be cached");
  }
  return { body, cache: "miss" };
}
