import * as z from "zod/mini";
import { fieldError, fieldIssue } from "./error-codes";
import type { MissingItem } from "@/lib/wizard/missing";
import { MAX_TAGS, TAG_MAX_LENGTH } from "./tags";
import { requiredText, text } from "./text";

/**
 * The networks offered as checkboxes. They are stored by these ids, so their labels can be
 * translated or renamed; anything else the owner types is stored as typed.
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
export type CommonSocialNetwork = (typeof COMMON_SOCIAL_NETWORKS)[number];

/** The lists of the digital profile, edited as tags. */
export const PROFILE_LISTS = ["socialNetworks", "media", "keywords"] as const;

export const MAX_COMPETITORS = 30;
export const COMPETITOR_NAME_MAX_LENGTH = 120;
export const WEBSITE_MAX_LENGTH = 300;

export function isCommonSocialNetwork(value: string): value is CommonSocialNetwork {
  return (COMMON_SOCIAL_NETWORKS as readonly string[]).includes(value);
}

/**
 * A full http(s) address with a dotted host name ("https://thomann.de"). Other schemes
 * (javascript:, ftp:, mailto:) are refused because the plan shows the website as a link.
 */
export function isWebsite(value: string): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (url.username || url.password) return false;
  const host = url.hostname;
  return host.includes(".") && !host.startsWith(".") && !host.endsWith(".") && !host.includes("..");
}

const website = text(WEBSITE_MAX_LENGTH).check(z.refine((value) => value === "" || isWebsite(value), fieldError("invalid_url")));

// Duplicates are compared without case or surrounding spaces, as the tag input does.
const tags = z.array(requiredText(TAG_MAX_LENGTH), fieldError("invalid")).check(
  z.maxLength(MAX_TAGS, fieldError("too_many", MAX_TAGS)),
  z.refine((items) => new Set(items.map((i) => i.toLocaleLowerCase())).size === items.length, fieldError("duplicate")),
);

/** The limit of each written field, shared by the schema and the fields' counters. */
export const COMPETITOR_TEXT_MAX = { overlap: 1000, revenueModel: 1000, channels: 1000, notes: 2000 } as const;
export const PROFILE_TEXT_MAX = { needs: 2000, painPoints: 2000 } as const;

export const competitorSchema = z.object({
  id: z.uuid(fieldError("invalid")),
  name: requiredText(COMPETITOR_NAME_MAX_LENGTH),
  website,
  overlap: text(COMPETITOR_TEXT_MAX.overlap),
  revenueModel: text(COMPETITOR_TEXT_MAX.revenueModel),
  channels: text(COMPETITOR_TEXT_MAX.channels),
  notes: text(COMPETITOR_TEXT_MAX.notes),
});

export const digitalProfileSchema = z.object({
  socialNetworks: tags,
  media: tags,
  keywords: tags,
  needs: text(PROFILE_TEXT_MAX.needs),
  painPoints: text(PROFILE_TEXT_MAX.painPoints),
});

export const competitorsStepSchema = z
  .object({
    version: z.number().check(z.int(), z.gte(0)),
    competitors: z.array(competitorSchema).check(z.maxLength(MAX_COMPETITORS, fieldError("too_many", MAX_COMPETITORS))),
    digitalProfile: digitalProfileSchema,
  })
  .check(
    z.superRefine((step, ctx) => {
      const seen = new Set<string>();
      step.competitors.forEach((competitor, index) => {
        if (seen.has(competitor.id)) ctx.addIssue(fieldIssue("invalid", ["competitors", index, "id"]));
        seen.add(competitor.id);
      });
    }),
  );

export type CompetitorsStepInput = z.infer<typeof competitorsStepSchema>;
export type CompetitorInput = z.infer<typeof competitorSchema>;
export type DigitalProfileInput = z.infer<typeof digitalProfileSchema>;

export const EMPTY_DIGITAL_PROFILE: DigitalProfileInput = { socialNetworks: [], media: [], keywords: [], needs: "", painPoints: "" };

export function blankCompetitor(id: string): CompetitorInput {
  return { id, name: "", website: "", overlap: "", revenueModel: "", channels: "", notes: "" };
}

/**
 * What keeps step 2 from being complete. The method studies competitors to learn where the
 * audience already is, so each one needs its working channels; the profile needs the
 * networks, the search words, and what the target needs and suffers from, because steps 4
 * and 5 build on them. Digital media and the competitors' other details stay optional.
 */
export function competitorsStepMissing(step: Pick<CompetitorsStepInput, "competitors" | "digitalProfile">): MissingItem<"competitors">[] {
  const missing: MissingItem<"competitors">[] = [];
  if (step.competitors.length === 0) missing.push({ code: "noCompetitors" });
  for (const competitor of step.competitors) {
    if (competitor.channels.trim() === "") missing.push({ code: "competitorWithoutChannels", name: competitor.name });
  }
  const profile = step.digitalProfile;
  if (profile.socialNetworks.length === 0) missing.push({ code: "noSocialNetworks" });
  if (profile.keywords.length === 0) missing.push({ code: "noKeywords" });
  if (profile.needs.trim() === "") missing.push({ code: "noNeeds" });
  if (profile.painPoints.trim() === "") missing.push({ code: "noPainPoints" });
  return missing;
}

export function isCompetitorsStepComplete(step: Pick<CompetitorsStepInput, "competitors" | "digitalProfile">): boolean {
  return competitorsStepMissing(step).length === 0;
}

/**
 * Folds a typed network onto its checkbox when it names a common one ("Instagram",
 * "TikTok ", "twitter" stays free), so one network is never stored twice.
 */
export function canonicalSocialNetwork(typed: string, labels: Readonly<Record<CommonSocialNetwork, string>>): string {
  const entry = typed.trim();
  const key = entry.toLocaleLowerCase();
  return COMMON_SOCIAL_NETWORKS.find((id) => id === key || labels[id].toLocaleLowerCase() === key) ?? entry;
}
