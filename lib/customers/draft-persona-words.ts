import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PersonaDraftWords } from "./draft-persona-fields";
import type { Segment } from "./segments";

/**
 * The drafted persona's sentences in the reader's language (the request's locale), for the
 * data layer to fill in. Amounts are plain numbers: files carry no currency, and a guessed
 * symbol would be wrong for half the shops.
 */
export async function draftPersonaWords(segment: Segment): Promise<PersonaDraftWords> {
  const t = await getTranslations("customerDraft");
  const tGender = await getTranslations("demographics.genderOptions");
  const format = await getFormatter();
  return {
    name: (offering) => t(`personaName.${segment}`, { offering }),
    behaviour: ({ days, orders, revenueCents, customers }) =>
      t("behaviour", {
        days: Math.round(days),
        orders: format.number(orders, { maximumFractionDigits: 1 }),
        amount: format.number(revenueCents / 100, { maximumFractionDigits: revenueCents >= 100_000 ? 0 : 2 }),
        customers,
      }),
    trait: (column, value) => t(`traits.${column}`, { value }),
    gender: (code) => tGender(code),
  };
}
