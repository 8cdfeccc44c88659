import { createFormatter, createTranslator } from "next-intl";
import type { MoneyTotal } from "@/db/queries/plan-overview-model";
import type { MessageKey } from "@/lib/i18n/app-config";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/load-messages";

export interface ExportText {
  locale: Locale;
  /** Any message key ("export.sections.summary", "plan.stages.awareness"). */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** Whether a key built from stored data ("personas.generations.gen_x") names a message. */
  has: (key: string) => key is MessageKey;
  /** Whole cents in the document's locale; a malformed currency code still shows amount and code. */
  money: (total: MoneyTotal) => string;
  /** A calendar date ("2026-03-01" or a Date), written long-hand in the document's locale. */
  date: (value: string | Date) => string;
  number: (value: number) => string;
}

/** Who wrote a comment: null once they deleted their account, and then "Former member". */
export function authorName(text: ExportText, name: string | null): string {
  return name ?? text.t("comments.formerMember");
}

/**
 * Wording for a downloaded plan, outside any request: the document's language is chosen by
 * the reader, not by the request that happens to build it. Dates are calendar dates, so they
 * are formatted in UTC and never shift a day with the server's time zone.
 */
export async function exportText(locale: Locale): Promise<ExportText> {
  const messages = await loadMessages(locale);
  const translator = createTranslator({ locale, messages });
  const format = createFormatter({ locale, timeZone: "UTC" });
  return {
    locale,
    t: (key, values) => translator(key, values),
    // The one unchecked key: has() exists to ask about keys made from stored values.
    has: (key): key is MessageKey => translator.has(key as MessageKey),
    money: ({ cents, currency }) => {
      try {
        return format.number(cents / 100, { style: "currency", currency });
      } catch {
        return `${format.number(cents / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
      }
    },
    date: (value) => format.dateTime(typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value, { dateStyle: "long" }),
    number: (value) => format.number(value),
  };
}
