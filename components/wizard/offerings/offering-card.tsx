"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import type { OfferingsStepInput } from "@/lib/validation/offerings-step";
import { ItemCard, type ListedCardProps } from "../item-card";
import { OfferingFields } from "./offering-fields";

export function OfferingCard({ index, count, disabled, onMove, onRemove }: ListedCardProps) {
  const t = useTranslations("offerings");
  const { getValues } = useFormContext<OfferingsStepInput>();
  return (
    <ItemCard<OfferingsStepInput, [`offerings.${number}.name`]>
      headingId={`offering-${index}-heading`}
      follows={[`offerings.${index}.name`]}
      text={([typed]) => {
        const name = typed?.trim() || t("untitled");
        return {
          heading: `${t("offeringHeading", { number: index + 1 })}: ${name}`,
          moveUp: t("moveOfferingUp", { name }),
          moveDown: t("moveOfferingDown", { name }),
          remove: t("removeOffering", { name }),
          removeTitle: t("removeConfirmTitle", { name }),
        };
      }}
      confirm={{ label: t("removeConfirm"), body: t("removeConfirmBody") }}
      disabled={disabled}
      isFirst={index === 0}
      isLast={index === count - 1}
      // Only ask when there is something to lose; an empty new card goes straight away.
      isBlank={() => {
        const offering = getValues(`offerings.${index}`);
        return ![offering.name, offering.definition, offering.objective, offering.audience].some((v) => v?.trim());
      }}
      onMove={onMove}
      onRemove={onRemove}
      commentAbout={{ kind: "offering", id: getValues(`offerings.${index}.id`) }}
    >
      <OfferingFields index={index} disabled={disabled} />
    </ItemCard>
  );
}
