import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["es-MX,es;q=0.9", "es"],
    ["es", "es"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["en;q=1, es;q=0.5", "en"],
    ["fr, es;q=0.8", "es"],
    ["ES-ar", "es"],
    ["es;q=0.5, en;q=0.9", "en"],
    ["en;q=0.4, es-419;q=0.6", "es"],
    ["es;q=0, en;q=0.1", "en"],
    ["de-DE, en-GB;q=0.7, es;q=0.7", "en"],
    ["*", "en"],
    ["estonian", "en"],
    ["  es-CL  ;  q=0.9  ", "es"],
    ["es;q=abc, en;q=0.5", "en"],
  ] as const)("%j → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it.each([null, undefined, ""])("falls back to English for %j", (header) => {
    expect(localeFromAcceptLanguage(header)).toBe("en");
    expect(DEFAULT_LOCALE).toBe("en");
  });

  it.each([";;;", ",,,", "q=0.9", "\u0000\u00ff", "🙂", "x".repeat(10_000), "es;q=;q=;", ";q=1,es;q=-1"])(
    "falls back to English for garbage %j",
    (header) => {
      expect(localeFromAcceptLanguage(header)).toBe("en");
    },
  );
});

describe("isLocale", () => {
  it("accepts only the supported locales", () => {
    expect(isLocale("es")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale("ES")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale(1)).toBe(false);
  });
});
