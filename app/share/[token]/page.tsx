import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PAGE_SECTIONS, PlanSections } from "@/components/plan/plan-sections";
import { renderPlanAsShared } from "@/components/plan/shared-view";
import { ShareHeader } from "@/components/share/share-header";
import { openShareLink } from "@/db/queries/share-links";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  // The token is the only key to the plan: keep the page out of search engines and out of the
  // Referer header of any link followed from it (next.config.js sends the same as headers).
  const t = await getTranslations("shareLinks.share");
  return { title: t("pageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Public and read-only: whoever holds a live link reads the plan without an account. The page
// has no form and imports no server action, so there is nothing to write through; an unknown,
// expired or revoked link gets the same friendly 404 (not-found.tsx).
export default async function SharedPlanPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const locale = await getLocale();
  const t = await getTranslations("shareLinks");
  const shared = await openShareLink(token, {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    words: { draftedPersonaName: (number) => t("draftedPersona", { number }) },
  });
  if (!shared) notFound();
  renderPlanAsShared();
  const tPlan = await getTranslations("plan");
  const format = await getFormatter();
  const { plan, sharedBy } = shared;
  const date = format.dateTime(shared.expiresAt, { dateStyle: "long" });
  return (
    <>
      <ShareHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-4 sm:py-8">
        <article aria-labelledby="shared-plan-title" className="space-y-8">
          <header className="space-y-3">
            <p className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm font-medium text-slate-900">
              {sharedBy ? t("share.banner", { name: sharedBy, date }) : t("share.bannerNoName", { date })}
            </p>
            <h1 id="shared-plan-title" className="text-2xl font-bold break-words">
              {shared.projectName}
            </h1>
            {plan.project.description ? <p className="max-w-3xl whitespace-pre-line text-slate-800">{plan.project.description}</p> : null}
            <p className="max-w-3xl text-slate-700">{t("share.lead")}</p>
            {plan.incompleteSteps.length ? <p className="max-w-3xl text-sm text-amber-900">{t("share.draft")}</p> : null}
          </header>
          <nav aria-label={tPlan("toc.label")} className="print:hidden">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {PAGE_SECTIONS.map(({ id }) => (
                <li key={id}>
                  <a href={`#${id}`} className="font-medium text-brand-700 underline">
                    {tPlan(`toc.${id}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <PlanSections plan={plan} />
        </article>
      </main>
    </>
  );
}
