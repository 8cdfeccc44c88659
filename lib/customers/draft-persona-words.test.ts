import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";
import { personaFieldsFromDraft } from "./draft-persona-fields";
import { draftPersonaWords } from "./draft-persona-words";
import type { PersonaDraft } from "./segment-persona";

// The real catalogue, in the locale each test sets, behind next-intl's request functions.
const request = vi.hoisted(() => ({ locale: "en" as Locale }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: request.locale, messages: await loadMessages(request.locale), namespace: namespace as "customerDraft" }),
  getFormatter: async () => createFormatter({ locale: request.locale }),
}));

const DRAFT: PersonaDraft = {
  segment: "at_risk",
  customers: 1,
  behaviour: { daysSinceLast: 200.5, ordersPerCustomer: 3.25, revenuePerCustomerCents: 1_234_567 },
  traits: [
    { column: "channel", value: "Tienda", share: 1 },
    { column: "gender", value: "H", share: 1 },
  ],
  ageRange: null,
};

describe("draftPersonaWords", () => {
  it("writes the persona in English", async () => {
    request.locale = "en";
    const { fields } = personaFieldsFromDraft(DRAFT, "Lessons", await draftPersonaWords("at_risk"));
    expect(fields).toMatchObject({
      name: "Customers of Lessons at risk",
      description:
        "Last bought a median of 201 days ago; 3.3 purchases each on average; spends 12,346 per customer; 1 customer in the group. " +
        "Where most of them buy: Tienda.",
      gender: "Men",
    });
  });

  it("writes the persona in Spanish, numbers in Spanish format", async () => {
    request.locale = "es";
    const { fields } = personaFieldsFromDraft({ ...DRAFT, customers: 3 }, "Clases", await draftPersonaWords("at_risk"));
    expect(fields).toMatchObject({
      name: "Clientes de Clases en riesgo",
      description:
        "Su última compra fue hace 201 días (mediana); hacen 3,3 compras de media; gastan 12.346 por cliente; 3 clientes en el grupo. " +
        "Dónde compra la mayoría: Tienda.",
      gender: "Hombres",
    });
  });
});
