"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { CompetitorsStepInput } from "@/lib/validation/competitors-step";
import { CompetitorFields } from "./competitor-fields";

const WRITTEN_FIELDS = ["name", "website", "overlap", "revenueModel", "channels", "notes"] as const;

export function CompetitorCard({
  index,
  count,
  disabled,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  disabled: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("competitors");
  const tCommon = useTranslations("common");
  const { control, getValues } = useFormContext<CompetitorsStepInput>();
  // Only the name is watched, so the card does not re-render on every keystroke elsewhere.
  const typed = useWatch({ control, name: `competitors.${index}.name` });
  const [confirming, setConfirming] = useState(false);
  const name = typed?.trim() || t("untitled");
  const headingId = `competitor-${index}-heading`;

  // Only ask when there is something to lose; an empty new card goes straight away.
  const requestRemoval = () => {
    const competitor = getValues(`competitors.${index}`);
    if (WRITTEN_FIELDS.some((f) => competitor?.[f]?.trim())) setConfirming(true);
    else onRemove();
  };

  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold">
          {t("cardHeading", { number: index + 1, name })}
        </h3>
        {disabled ? null : (
          <div className="flex gap-1">
            <Button
              variant="ghost"
              className="px-2 py-1"
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
              aria-label={t("moveUp", { name })}
            >
              ↑ {tCommon("moveUp")}
            </Button>
            <Button
              variant="ghost"
              className="px-2 py-1"
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
              aria-label={t("moveDown", { name })}
            >
              ↓ {tCommon("moveDown")}
            </Button>
            <Button variant="ghost" className="px-2 py-1 text-red-700" onClick={requestRemoval} aria-label={t("remove", { name })}>
              {tCommon("remove")}
            </Button>
          </div>
        )}
      </div>
      <CompetitorFields index={index} disabled={disabled} />
      <ConfirmDialog
        open={confirming}
        title={t("removeConfirmTitle", { name })}
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
