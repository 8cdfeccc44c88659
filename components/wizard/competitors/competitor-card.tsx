"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import type { CompetitorsStepInput } from "@/lib/validation/competitors-step";
import { ItemCard, type ListedCardProps } from "../item-card";
import { CompetitorFields } from "./competitor-fields";

const WRITTEN_FIELDS = ["name", "website", "overlap", "revenueModel", "channels", "notes"] as const;

export function CompetitorCard({ index, count, disabled, onMove, onRemove }: ListedCardProps) {
  const t = useTranslations("competitors");
  const { getValues } = useFormContext<CompetitorsStepInput>();
  return (
    <ItemCard<CompetitorsStepInput, [`competitors.${number}.name`]>
      headingId={`competitor-${index}-heading`}
      follows={[`competitors.${index}.name`]}
      text={([typed]) => {
        const name = typed?.trim() || t("untitled");
        return {
          heading: t("cardHeading", { number: index + 1, name }),
          moveUp: t("moveUp", { name }),
          moveDown: t("moveDown", { name }),
          remove: t("remove", { name }),
          removeTitle: t("removeConfirmTitle", { name }),
        };
      }}
      confirm={{ label: t("removeConfirm"), body: t("removeConfirmBody") }}
      disabled={disabled}
      isFirst={index === 0}
      isLast={index === count - 1}
      // Only ask when there is something to lose; an empty new card goes straight away.
      isBlank={() => {
        const competitor = getValues(`competitors.${index}`);
        return !WRITTEN_FIELDS.some((f) => competitor?.[f]?.trim());
      }}
      onMove={onMove}
      onRemove={onRemove}
      commentAbout={{ kind: "competitor", id: getValues(`competitors.${index}.id`) }}
    >
      <CompetitorFields index={index} disabled={disabled} />
    </ItemCard>
  );
}
