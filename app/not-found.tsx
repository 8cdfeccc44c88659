import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  const tCommon = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("body")}</p>
      <Link href="/projects" className="font-semibold text-brand-700 underline" prefetch={false}>
        {tCommon("backToProjects")}
      </Link>
    </main>
  );
}
