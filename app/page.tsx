import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/site-header";
import { buttonClass } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { WIZARD_STEPS } from "@/lib/wizard/steps";

export default async function LandingPage() {
  if (await getSessionUser()) redirect("/projects");
  const t = await getTranslations("landing");
  const tSteps = await getTranslations("wizard.steps");
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-12">
        <div className="space-y-4">
          <h1 className="text-4xl font-bold tracking-tight">{t("title")}</h1>
          <p className="text-lg text-slate-700">{t("lead")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/sign-up" className={buttonClass("primary")} prefetch={false}>
              {t("cta")}
            </Link>
            <Link href="/sign-in" className={buttonClass("secondary")} prefetch={false}>
              {t("signIn")}
            </Link>
          </div>
        </div>
        <section aria-labelledby="steps-title" className="space-y-3">
          <h2 id="steps-title" className="text-xl font-semibold">
            {t("stepsTitle")}
          </h2>
          <ol className="list-decimal space-y-1 pl-6 text-slate-800">
            {WIZARD_STEPS.map((step) => (
              <li key={step.slug}>{tSteps(step.slug)}</li>
            ))}
          </ol>
        </section>
      </main>
    </>
  );
}
