import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "./locales";

export async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

// No locale in the URL: one address per page whatever the language, and the choice
// travels in a cookie so it is remembered across visits.
export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = await loadMessages(locale);
  return { locale, messages, timeZone: "UTC" };
});
