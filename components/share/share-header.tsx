import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The share pages' header: the product's name and nothing to sign in to, since the reader needs no account. */
export async function ShareHeader() {
  const t = await getTranslations("shareLinks.share");
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-baseline justify-between gap-3 px-4 py-2 sm:py-3">
        <Link href="/" prefetch={false} className="text-lg font-bold tracking-tight text-brand-700">
          Perfila
        </Link>
        <span className="text-sm text-slate-600">{t("madeWith")}</span>
      </div>
    </header>
  );
}
