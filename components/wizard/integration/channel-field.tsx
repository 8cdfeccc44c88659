"use client";

import { useTranslations } from "next-intl";
import { Controller } from "react-hook-form";
import { ChannelSelect } from "../channels/channel-picker";
import { useRowFieldKit } from "./field-kit";

/** The network of a social network plan or the channel of a campaign, picked from the project's channels. */
export function RowChannelField({ list, index, disabled }: { list: "socialPlans" | "campaigns"; index: number; disabled: boolean }) {
  const t = useTranslations("channels");
  const kit = useRowFieldKit(list, index);
  const social = list === "socialPlans";
  return (
    <Controller
      control={kit.control}
      name={kit.path("channelId")}
      render={({ field }) => (
        <ChannelSelect
          id={kit.id("channelId")}
          label={social ? t("socialLabel") : t("campaignLabel")}
          hint={social ? t("socialHint") : t("campaignHint")}
          error={kit.error("channelId")}
          disabled={disabled}
          value={typeof field.value === "string" ? field.value : ""}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
