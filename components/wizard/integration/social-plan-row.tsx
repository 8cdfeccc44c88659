"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import type { IntegrationStepInput } from "@/lib/validation/integration-step";
import { useProjectChannels } from "../channels/project-channels";
import { useChannelName } from "../channels/use-channel-name";
import { ItemCard } from "../item-card";
import { RowChannelField } from "./channel-field";
import type { RowProps } from "./content-idea-row";
import { anyText, PersonaSelect, RowTextField, useRowCardText } from "./field-kit";
import { IdealsNote, useRowPersona } from "./profile-items";

/** One network for one persona: what it is for, how often, in which tone. */
export function SocialPlanRow({ rowId, index, total, disabled, offerings, personas, onMove, onRemove }: RowProps) {
  const t = useTranslations("integration");
  const card = useRowCardText();
  const { getValues } = useFormContext<IntegrationStepInput>();
  const number = index + 1;
  const { channels } = useProjectChannels();
  const channelName = useChannelName();
  const persona = useRowPersona("socialPlans", index, personas);
  return (
    <ItemCard<IntegrationStepInput, [`socialPlans.${number}.channelId`]>
      headingId={`social-plan-${rowId}`}
      follows={[`socialPlans.${index}.channelId`]}
      text={([channelId]) => {
        const channel = channels.find((c) => c.id === channelId);
        const title = channel ? channelName.name(channel.name) : t("untitled");
        return card.text({
          heading: t("social.cardHeading", { number, network: title }),
          remove: t("social.remove", { number }),
          removeTitle: t("social.removeTitle", { network: title }),
        });
      }}
      confirm={card.confirm}
      disabled={disabled}
      isFirst={index === 0}
      isLast={index === total - 1}
      isBlank={() => {
        const plan = getValues(`socialPlans.${index}`);
        return !plan.channelId && !anyText(plan.purpose, plan.frequency, plan.tone);
      }}
      onMove={(direction) => onMove(index, index + direction)}
      onRemove={() => onRemove(index)}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <PersonaSelect list="socialPlans" index={index} disabled={disabled} offerings={offerings} personas={personas} />
        <RowChannelField list="socialPlans" index={index} disabled={disabled} />
        <RowTextField list="socialPlans" index={index} field="purpose" multiline disabled={disabled} className="md:col-span-2" />
        <RowTextField list="socialPlans" index={index} field="frequency" disabled={disabled} />
        <RowTextField list="socialPlans" index={index} field="tone" disabled={disabled} note={<IdealsNote persona={persona} />} />
      </div>
    </ItemCard>
  );
}
