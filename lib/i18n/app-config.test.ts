import { createTranslator, type Locale as AppLocale, type Messages as AppMessages } from "next-intl";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { MessageKey, MessageKeyIn } from "./app-config";
import { loadMessages, type Messages } from "./load-messages";
import type { Locale } from "./locales";

// The assertions that matter here are checked by tsc (npm run typecheck); running them only
// confirms that the keys they use exist.
describe("next-intl's AppConfig", () => {
  it("types every translator by the merged catalogue and the app's locales", () => {
    expectTypeOf<AppMessages>().toEqualTypeOf<Messages>();
    expectTypeOf<AppLocale>().toEqualTypeOf<Locale>();
    expectTypeOf<"plan.stages.awareness">().toExtend<MessageKey>();
    expectTypeOf<"awareness">().toExtend<MessageKeyIn<"plan.stages">>();
    // A namespace is not a message.
    expectTypeOf<"plan.stages">().not.toExtend<MessageKey>();
  });

  it("refuses a key that has no message", async () => {
    const t = createTranslator({ locale: "en", messages: await loadMessages("en") });
    expect(t("offerings.missing.noOfferings")).toBeTruthy();
    // @ts-expect-error -- a misspelt key: tsc fails if this line ever compiles.
    expect(t.has("offerings.missing.noOferings")).toBe(false);
  });
});
