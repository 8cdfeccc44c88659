"use client";

import { useTranslations } from "next-intl";
import { channelName, type CommonChannel } from "@/lib/wizard/channel-names";

/** The display name of a stored channel value, in the reader's language. */
export function useChannelName(): { name: (value: string) => string; label: (code: CommonChannel) => string } {
  const t = useTranslations("competitors");
  const label = (code: CommonChannel) => t(`networkLabels.${code}`);
  return { name: (value: string) => channelName(value, label), label };
}
