import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { FindingText } from "@/lib/coach/model";
import type { CoachFinding } from "@/lib/coach/review";
import { isLocale } from "@/lib/i18n/locales";
import { SEGMENTS, type Segment } from "@/lib/customers/segments";
import { channelNameIn } from "@/lib/wizard/channel-labels";
import { stageNameIn } from "@/lib/wizard/stage-labels";

/** A finding's "what" and "why" in the reader's language, with the plan's own words filled in. */
export async function findingWords() {
  const t = await getTranslations("coach.rules");
  const tSegment = await getTranslations("customers.segments.names");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "en";
  const text = (value: FindingText | undefined): string => {
    if (value === undefined) return "";
    if (typeof value === "string") return value;
    if (value.kind === "stage") return stageNameIn(locale, value.value);
    if (value.kind === "channel") return channelNameIn(locale, value.value);
    return (SEGMENTS as readonly string[]).includes(value.value) ? tSegment(value.value as Segment) : value.value;
  };
  return (finding: CoachFinding) => {
    // Every rule has both sentences (lib/coach/rules.test.ts checks); the key is built from its id.
    const key = finding.rule as "offerings_none";
    const values = { name: text(finding.name), detail: text(finding.detail) };
    return { what: t(`${key}.what`, values), why: t(`${key}.why`, values) };
  };
}
