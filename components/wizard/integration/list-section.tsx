"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { JargonNotes, type JargonTerm } from "../jargon";

/** One of the page's three lists: title, why it matters, its entries, and the add button. */
export function ListSection({
  id,
  title,
  lead,
  terms,
  empty,
  addLabel,
  count,
  canEdit,
  canAdd,
  onAdd,
  children,
}: {
  id: string;
  title: string;
  lead: string;
  /** Terms of the section explained in plain words under its lead. */
  terms?: readonly JargonTerm[];
  empty: string;
  addLabel: string;
  count: number;
  canEdit: boolean;
  canAdd: boolean;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 space-y-4">
      <div className="space-y-1">
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {title}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{lead}</p>
        {terms ? <JargonNotes terms={terms} /> : null}
      </div>
      {count === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-700">{empty}</p>
      ) : (
        <ol className="space-y-4">{children}</ol>
      )}
      {canEdit ? (
        <Button variant="secondary" disabled={!canAdd} onClick={onAdd}>
          + {addLabel}
        </Button>
      ) : null}
    </section>
  );
}
