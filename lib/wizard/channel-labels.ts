import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/steps/competitors.en.json";
import es from "@/lib/i18n/messages/steps/competitors.es.json";
import { channelName, type CommonChannel } from "./channel-names";

const LABELS: Record<Locale, Record<CommonChannel, string>> = {
  en: en.competitors.networkLabels,
  es: es.competitors.networkLabels,
};

/**
 * A stored channel value's display name in `locale`, for code that has a locale but no
 * translator (the plan overview that the plan page and every download read).
 */
export function channelNameIn(locale: Locale, value: string): string {
  return channelName(value, (code) => LABELS[locale][code]);
}
