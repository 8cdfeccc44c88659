import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CommentMarkersProvider, type ItemMarker } from "./comment-markers";
import { loadStepThreads } from "./load-step-threads";

/** Counts each item's open threads for the markers on the step form's cards. */
export async function StepCommentMarkers({ projectId, step, children }: { projectId: string; step: number; children: ReactNode }) {
  const [threads, t] = await Promise.all([loadStepThreads(projectId, step), getTranslations("comments")]);
  const open = new Map<string, { kind: ItemMarker["kind"]; id: string; name: string; count: number }>();
  for (const thread of threads) {
    if (thread.resolvedAt || !thread.target?.label) continue;
    const { kind, id, label } = thread.target;
    const entry = open.get(`${kind}:${id}`) ?? { kind, id, name: label.trim() || t("untitled"), count: 0 };
    entry.count += 1;
    open.set(`${kind}:${id}`, entry);
  }
  const markers: ItemMarker[] = [...open.values()].map(({ kind, id, name, count }) => ({
    kind,
    id,
    text: t("marker", { count }),
    label: t("markerLabel", { count, name }),
  }));
  return <CommentMarkersProvider markers={markers}>{children}</CommentMarkersProvider>;
}
