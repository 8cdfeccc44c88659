import { createHash } from "node:crypto";
import type { ExportFormat, PlanExport } from "./plan-export";

/**
 * The cache key of a rendered download: a digest of everything the file depends on. The
 * steps' versions name the plan as the team saved it; the digest of the plan as read covers
 * what they do not count (the team, the reviews, open comments, the branding, a project's
 * name, rows another step's save rewrote), so a file is only reused when it would come out
 * the same. The document prints the day it was prepared, not the time: that day is in the key.
 */
export function exportCacheKey({
  projectId,
  format,
  data,
  stepVersions,
  rendererVersion,
}: {
  projectId: string;
  format: ExportFormat;
  data: PlanExport;
  stepVersions: Record<number, number>;
  rendererVersion: string;
}): string {
  const { generatedAt, branding, ...rest } = data;
  const logo = branding.logo ? { type: branding.logo.type, digest: digest(branding.logo.bytes) } : null;
  const content = JSON.stringify({ ...rest, accentColor: branding.accentColor, logo }, (_, value: unknown) =>
    // Any other bytes, digested rather than spelled out as one number per byte.
    value instanceof Uint8Array ? digest(value) : value,
  );
  return createHash("sha256")
    .update(JSON.stringify({ rendererVersion, projectId, format, stepVersions, day: generatedAt.toISOString().slice(0, 10) }))
    .update(content)
    .digest("hex");
}

const digest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
