"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { CommentTarget } from "@/lib/wizard/steps";
import { itemAnchor } from "./step-items";

/** What an item's card shows about its open comments, worded by the server. */
export interface ItemMarker {
  kind: CommentTarget;
  id: string;
  /** "2 comments" */
  text: string;
  /** "2 open comments about Ana": the link's name, which names the item. */
  label: string;
}

interface Markers {
  byItem: Map<string, ItemMarker>;
  byAnchor: Map<string, ItemMarker>;
}

const MarkersContext = createContext<Markers | null>(null);

const itemKey = (kind: string, id: string) => `${kind}:${id}`;

/** Where an item's threads are listed in the comments panel. */
export const threadsAnchor = (kind: CommentTarget, id: string) => `comments-${kind}-${id}`;

/** Lets every card of a step's form find its item's open comments. */
export function CommentMarkersProvider({ markers, children }: { markers: ItemMarker[]; children: ReactNode }) {
  const byItem = new Map(markers.map((m) => [itemKey(m.kind, m.id), m]));
  // Cards whose heading id is their item's anchor (personas, step 5 rows) need no prop at all.
  const byAnchor = new Map(markers.flatMap((m) => (itemAnchor(m.kind, m.id) ? [[itemAnchor(m.kind, m.id)!, m] as const] : [])));
  return <MarkersContext.Provider value={{ byItem, byAnchor }}>{children}</MarkersContext.Provider>;
}

/**
 * "2 comments" on an item's card, linking to its threads in the panel below; nothing when the
 * item has no open thread, or outside a step page.
 */
export function CommentMarker({ about, anchor }: { about?: { kind: CommentTarget; id: string }; anchor?: string }) {
  const markers = useContext(MarkersContext);
  const marker = about ? markers?.byItem.get(itemKey(about.kind, about.id)) : anchor ? markers?.byAnchor.get(anchor) : undefined;
  if (!marker) return null;
  return (
    <a
      href={`#${threadsAnchor(marker.kind, marker.id)}`}
      aria-label={marker.label}
      className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950 underline print:hidden"
    >
      {marker.text}
    </a>
  );
}
