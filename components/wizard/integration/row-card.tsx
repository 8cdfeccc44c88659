"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/**
 * One entry of a step 5 list: its heading, move and remove buttons, and the confirmation
 * asked before a removal (only when something was written in it).
 */
export function RowCard({
  headingId,
  heading,
  removeLabel,
  removeTitle,
  disabled,
  isFirst,
  isLast,
  isBlank,
  onMove,
  onRemove,
  children,
}: {
  headingId: string;
  heading: string;
  removeLabel: string;
  removeTitle: string;
  disabled: boolean;
  isFirst: boolean;
  isLast: boolean;
  /** Read when the user asks to remove: a blank entry goes without asking. */
  isBlank: () => boolean;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("integration");
  const tCommon = useTranslations("common");
  const [confirming, setConfirming] = useState(false);
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold">
          {heading}
        </h3>
        {disabled ? null : (
          <div className="flex gap-1">
            <Button
              variant="ghost"
              className="px-2 py-1"
              disabled={isFirst}
              onClick={() => onMove(-1)}
              aria-label={t("moveUp", { name: heading })}
            >
              ↑ {tCommon("moveUp")}
            </Button>
            <Button
              variant="ghost"
              className="px-2 py-1"
              disabled={isLast}
              onClick={() => onMove(1)}
              aria-label={t("moveDown", { name: heading })}
            >
              ↓ {tCommon("moveDown")}
            </Button>
            <Button
              variant="ghost"
              className="px-2 py-1 text-red-700"
              onClick={() => (isBlank() ? onRemove() : setConfirming(true))}
              aria-label={removeLabel}
            >
              {tCommon("remove")}
            </Button>
          </div>
        )}
      </div>
      {children}
      <ConfirmDialog
        open={confirming}
        title={removeTitle}
        confirmLabel={t("removeConfirm")}
        onConfirm={() => {
          setConfirming(false);
          onRemove();
        }}
        onClose={() => setConfirming(false)}
      >
        {t("removeConfirmBody")}
      </ConfirmDialog>
    </article>
  );
}
