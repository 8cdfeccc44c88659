"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { useWatch, type FieldPath, type FieldPathValues, type FieldValues } from "react-hook-form";
import { CommentMarker } from "@/components/comments/comment-markers";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { focusAfterRemoval } from "@/components/ui/focus-after-removal";
import type { CommentTarget } from "@/lib/wizard/steps";

/** What a card says about its item, worked out from the fields it follows. */
export interface ItemCardText {
  heading: string;
  moveUp: string;
  moveDown: string;
  remove: string;
  /** The removal confirmation's title. */
  removeTitle: string;
}

/** Where a card stands in a list the form keeps with useFieldArray, and what it may do there. */
export interface ListedCardProps {
  index: number;
  count: number;
  disabled: boolean;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * One entry of a step's list (an offering, a competitor, a persona, a row of step 5): its
 * heading, the move and remove buttons, and the confirmation asked before a removal, only
 * when something was written in the entry.
 */
export function ItemCard<T extends FieldValues, N extends readonly FieldPath<T>[]>({
  headingId,
  follows,
  text,
  confirm,
  disabled,
  isFirst,
  isLast,
  isBlank,
  onMove,
  onRemove,
  commentAbout,
  children,
}: {
  headingId: string;
  /** The fields the heading and the buttons' names follow as they are typed. */
  follows: readonly [...N];
  text: (values: FieldPathValues<T, N>) => ItemCardText;
  /** The confirmation's button and explanation. */
  confirm: { label: string; body: string };
  disabled: boolean;
  isFirst: boolean;
  isLast: boolean;
  /** Read when the user asks to remove: a blank entry goes without asking. */
  isBlank: () => boolean;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  /**
   * The saved item a comment can be about, for the "2 comments" marker in the heading. Cards
   * whose heading id is the item's anchor (components/comments/step-items.ts) are found without it.
   */
  commentAbout?: { kind: CommentTarget; id: string };
  children: ReactNode;
}) {
  const tCommon = useTranslations("common");
  const [confirming, setConfirming] = useState(false);
  // Typing in a followed field re-renders this frame only: `children` are the same
  // elements as before, so React leaves the card's fields alone.
  const said = text(useWatch<T, N>({ name: follows }));
  const card = useRef<HTMLElement>(null);
  const remove = () => {
    const refocus = focusAfterRemoval(card.current);
    onRemove();
    refocus();
  };
  return (
    <article ref={card} aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          {/* Focusable by script only: where the focus lands when the card above is removed. */}
          <h3 id={headingId} tabIndex={-1} data-removal-focus className="text-base font-semibold">
            {said.heading}
          </h3>
          <CommentMarker about={commentAbout} anchor={headingId} />
        </div>
        {disabled ? null : (
          <div className="flex gap-1">
            <Button variant="ghost" className="px-2 py-1" disabled={isFirst} onClick={() => onMove(-1)} aria-label={said.moveUp}>
              ↑ {tCommon("moveUp")}
            </Button>
            <Button variant="ghost" className="px-2 py-1" disabled={isLast} onClick={() => onMove(1)} aria-label={said.moveDown}>
              ↓ {tCommon("moveDown")}
            </Button>
            <Button
              variant="ghost"
              className="px-2 py-1 text-red-700"
              onClick={() => (isBlank() ? remove() : setConfirming(true))}
              aria-label={said.remove}
            >
              {tCommon("remove")}
            </Button>
          </div>
        )}
      </div>
      {children}
      <ConfirmDialog
        open={confirming}
        title={said.removeTitle}
        confirmLabel={confirm.label}
        onConfirm={() => {
          setConfirming(false);
          remove();
        }}
        onClose={() => setConfirming(false)}
      >
        {confirm.body}
      </ConfirmDialog>
    </article>
  );
}
