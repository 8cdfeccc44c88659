import type { CampaignOverview } from "@/db/queries/plan-overview-model";
import type { ExportText } from "@/lib/export/export-text";
import { campaignDates as spanInWords } from "../plan-wording";

export { ageRange, missingSectionText, moneyLines, planTotals, stepName } from "../plan-wording";

// Wording shared by several sections. Everything here returns plain strings: user text is
// passed through untouched and only ever placed inside a <Text>, never parsed.

/** A message key whose last part comes from stored data; unknown values show as stored. */
export function labelOr(text: ExportText, key: string, value: string): string {
  return value && text.has(key) ? text.t(key) : value;
}

// A block of answers shorter than this many characters is kept on one page; a longer one may
// split between two fields. A block that may never split but is taller than a page would
// be cut off at the bottom edge, so long answers must be able to flow.
const KEEP_TOGETHER_CHARS = 1400;

/** Whether a card or box of these answers is short enough to keep whole on one page. */
export function keepTogether(values: readonly string[]): boolean {
  return values.reduce((n, s) => n + s.length, 0) <= KEEP_TOGETHER_CHARS;
}

export function joinList(items: readonly string[]): string {
  return items.filter((item) => item.trim() !== "").join(", ");
}

/** One item a line, for goals, pains and the like. */
export function bulletList(items: readonly string[]): string {
  return items
    .filter((item) => item.trim() !== "")
    .map((item) => `•  ${item}`)
    .join("\n");
}

const mediumDates = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day for a table cell: the short form ("Mar 1, 2026", "1 mar 2026") with no-break
 * spaces, so a narrow column breaks a date range between its two days, never inside one.
 */
export function tableDate(text: ExportText, day: string): string {
  let format = mediumDates.get(text.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(text.locale, { dateStyle: "medium", timeZone: "UTC" });
    mediumDates.set(text.locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`)).replace(/ /g, "\u00a0");
}

/** A campaign's span with the short table dates, so a date range breaks only between its days. */
export function campaignDates(text: ExportText, campaign: Pick<CampaignOverview, "startsOn" | "endsOn">): string {
  return spanInWords(text, campaign, (day) => tableDate(text, day));
}
