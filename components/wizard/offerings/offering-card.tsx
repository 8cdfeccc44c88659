"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { OfferingsStepInput } from "@/lib/validation/offerings-step";
import { OfferingFields } from "./offering-fields";

export function OfferingCard({
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
  const t = useTranslations("offerings");
  const tCommon = useTranslations("common");
  const { control } = useFormContext<OfferingsStepInput>();
  const offering = useWatch({ control, name: `offerings.${index}` });
  const [confirming, setConfirming] = useState(false);
  const name = offering?.name?.trim() || t("untitled");
  const headingId = `offering-${index}-heading`;
  // Only ask when there is something to lose; an empty new card goes straight away.
  const hasContent = Boolean(
    offering && [offering.name, offering.definition, offering.objective, offering.audience].some((v) => v?.trim()),
  );

  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold">
          {t("offeringHeading", { number: index + 1 })}: {name}
        </h3>
        {disabled ? null : (
          <div className="flex gap-1">
            <Button
              variant="ghost"
              className="px-2 py-1"
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
              aria-label={t("moveOfferingUp", { name })}
            >
              ↑ {tCommon("moveUp")}
            </Button>
            <Button
              variant="ghost"
              className="px-2 py-1"
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
              aria-label={t("moveOfferingDown", { name })}
            >
              ↓ {tCommon("moveDown")}
            </Button>
            <Button
              variant="ghost"
              className="px-2 py-1 text-red-700"
              onClick={() => (hasContent ? setConfirming(true) : onRemove())}
              aria-label={t("removeOffering", { name })}
            >
              {tCommon("remove")}
            </Button>
          </div>
        )}
      </div>
      <OfferingFields index={index} disabled={disabled} />
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
