import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ShareHeader } from "@/components/share/share-header";

/** One answer for a link that is unknown, expired or revoked: the page tells nothing to whoever lacks a live link. */
export default async function ShareLinkGone() {
  const t = await getTranslations("shareLinks.share.gone");
  return (
    <>
      <ShareHeader />
      <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-16">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("body")}</p>
        <Link href="/" prefetch={false} className="font-semibold text-brand-700 underline">
          {t("home")}
        </Link>
      </main>
    </>
  );
}
