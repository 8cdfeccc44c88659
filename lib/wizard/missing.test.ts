import { describe, expect, expectTypeOf, it } from "vitest";
import { createTranslator } from "next-intl";
import type { MessageKey } from "@/lib/i18n/app-config";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/locales";
import { offeringsStepMissing } from "@/lib/validation/offerings-step";
import { personasStepMissing } from "@/lib/validation/personas-step";
import { missingMessageKey, type MissingItem, type MissingMessageKey } from "./missing";

describe("missing items", () => {
  it("name a message of their own step only", () => {
    expectTypeOf<MissingMessageKey>().toExtend<MessageKey>();
    expectTypeOf<"offeringWithoutPersona">().toExtend<MissingItem<"personas">["code"]>();
    expectTypeOf<"offeringWithoutPersona">().not.toExtend<MissingItem<"offerings">["code"]>();
    // @ts-expect-error -- a code step 1 has no message for: tsc fails if this ever compiles.
    const misspelt: MissingItem<"offerings"> = { code: "noOferings" };
    expect(misspelt.code).toBe("noOferings");
  });

  it.each(LOCALES)("read as a sentence in %s, with the item's name", async (locale) => {
    const t = createTranslator({ locale, messages: await loadMessages(locale) });
    const gaps = [
      ...offeringsStepMissing({ offerings: [] }).map((item) => missingMessageKey("offerings", item)),
      ...personasStepMissing([{ id: "o1", name: "Guitarras" }], []).map((item) => missingMessageKey("personas", item)),
    ];
    expect(gaps).toEqual(["offerings.missing.noOfferings", "personas.missing.offeringWithoutPersona"]);
    expect(t(gaps[1]!, { name: "Guitarras" })).toContain("Guitarras");
  });
});
