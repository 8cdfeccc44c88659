/**
 * The project's channels as every step and download names them. A channel is stored as one
 * value: the code of a ready-made channel ("instagram", "newsletter"), so that its name can be
 * translated, or the owner's own name for anything else ("Mastodon", "Radio Cadena Sur").
 */
export const COMMON_SOCIAL_NETWORKS = [
  "instagram",
  "facebook",
  "tiktok",
  "youtube",
  "linkedin",
  "x",
  "pinterest",
  "whatsapp",
  "telegram",
  "twitch",
  "reddit",
] as const;

/** Ways to reach people that are not social networks, offered next to them. */
export const COMMON_OTHER_CHANNELS = ["newsletter", "website", "search_ads", "shop_window", "local_press", "events"] as const;

export const COMMON_CHANNELS = [...COMMON_SOCIAL_NETWORKS, ...COMMON_OTHER_CHANNELS] as const;

export type CommonSocialNetwork = (typeof COMMON_SOCIAL_NETWORKS)[number];
export type CommonChannel = (typeof COMMON_CHANNELS)[number];

/** Longest channel name: a migrated campaign channel was a sentence of up to 120 characters. */
export const CHANNEL_NAME_MAX_LENGTH = 120;
export const MAX_CHANNELS = 40;

export function isCommonChannel(value: string): value is CommonChannel {
  return (COMMON_CHANNELS as readonly string[]).includes(value);
}

/** A common channel's translated name, from whatever translator the caller has. */
export type CommonChannelLabel = (code: CommonChannel) => string;

/**
 * The name to show for a stored channel value: the translated name of a ready-made channel,
 * the owner's own name otherwise. The plan page, the wizard and every download use this one
 * function, so no page prints a code such as "search_ads".
 */
export function channelName(value: string, label: CommonChannelLabel): string {
  return isCommonChannel(value) ? label(value) : value;
}

/** How two channel names are compared: without case or surrounding spaces. */
export const channelKey = (value: string) => value.trim().toLocaleLowerCase();

/**
 * Folds a typed name onto the ready-made channel it names ("Instagram ", "Newsletter" in the
 * reader's language), so one channel is never stored twice; anything else stays as typed.
 */
export function canonicalChannel(typed: string, label: CommonChannelLabel): string {
  const key = channelKey(typed);
  return COMMON_CHANNELS.find((code) => code === key || channelKey(label(code)) === key) ?? typed.trim();
}
