"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/set-locale";
import { LOCALES } from "@/lib/i18n/locales";

export function LocaleSwitcher() {
  const t = useTranslations("locale");
  const current = useLocale();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("label")} className="flex rounded-md border border-slate-300 bg-white text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => startTransition(() => setLocaleAction(locale))}
          className="px-3 py-1.5 font-medium text-slate-700 first:rounded-l-md last:rounded-r-md aria-pressed:bg-slate-900 aria-pressed:text-white"
        >
          {t(locale)}
        </button>
      ))}
    </div>
  );
}
