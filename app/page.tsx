import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { buttonClass } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { WIZARD_STEPS } from "@/lib/wizard/steps";

const PERSONA_FIELDS = ["goals", "pains", "role", "channels", "buy"] as const;
const CONTENT_ROWS = ["firstBowl", "whatIsIncluded", "bringAFriend"] as const;
// The sample campaign's figures, fixed so the page never depends on today's date.
const CAMPAIGN = { budget: 150, starts: new Date("2026-03-02T00:00:00Z"), ends: new Date("2026-04-12T00:00:00Z") };

// A server component with no client code of its own: a visitor reads what they would get
// (a persona sheet and a piece of the plan, for one invented business) before signing up.
export default async function LandingPage({ searchParams }: { searchParams: Promise<{ account?: string | string[] }> }) {
  if (await getSessionUser()) redirect("/projects");
  const t = await getTranslations("landing");
  const { account } = await searchParams;
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="mx-auto max-w-5xl space-y-14 px-4 py-10 sm:py-14">
        {account === "deleted" ? <AccountDeletedNotice /> : null}
        <div className="max-w-3xl space-y-4">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
          <p className="text-lg text-slate-700">{t("lead")}</p>
          <SignUpCalls />
        </div>
        <section aria-labelledby="example-title" className="space-y-4">
          <div className="max-w-3xl space-y-1">
            <h2 id="example-title" className="text-2xl font-semibold">
              {t("exampleTitle")}
            </h2>
            <p className="text-slate-700">{t("exampleLead")}</p>
          </div>
          <div className="grid gap-6 md:grid-cols-2">
            <SamplePersona />
            <SamplePlan />
          </div>
        </section>
        <StepsInPlainWords />
        <section aria-labelledby="final-title" className="space-y-3 rounded-lg bg-brand-50 p-6">
          <h2 id="final-title" className="text-xl font-semibold">
            {t("finalTitle")}
          </h2>
          <p className="max-w-3xl text-slate-800">{t("finalBody")}</p>
          <SignUpCalls />
        </section>
      </main>
    </>
  );
}

/** Where a deleted account lands (lib/actions/delete-account.ts): say it worked. */
async function AccountDeletedNotice() {
  const t = await getTranslations("myData");
  return (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
      {t("deletedNotice")}
    </p>
  );
}

async function SignUpCalls() {
  const t = await getTranslations("landing");
  return (
    <div className="flex flex-wrap gap-3">
      <Link href="/sign-up" className={buttonClass("primary")} prefetch={false}>
        {t("cta")}
      </Link>
      <Link href="/sign-in" className={buttonClass("secondary")} prefetch={false}>
        {t("signIn")}
      </Link>
    </div>
  );
}

/** One of the two samples, marked as an example so nobody takes Barro Alto for a customer. */
async function SampleCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const t = await getTranslations("landing");
  return (
    <article aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-center justify-between gap-3">
        <h3 id={id} className="font-semibold text-slate-700">
          {title}
        </h3>
        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950">{t("exampleTag")}</span>
      </div>
      {children}
    </article>
  );
}

async function SamplePersona() {
  const t = await getTranslations("landing");
  return (
    <SampleCard id="sample-persona-title" title={t("persona.title")}>
      <div className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white"
        >
          I
        </span>
        <div>
          <p className="text-lg font-bold">{t("persona.name")}</p>
          <p className="text-sm text-slate-700">{t("persona.offering")}</p>
        </div>
      </div>
      <p className="text-slate-800">{t("persona.summary")}</p>
      <blockquote className="border-l-4 border-brand-600 pl-3 italic text-slate-800">{t("persona.quote")}</blockquote>
      <dl className="space-y-2 text-sm">
        {PERSONA_FIELDS.map((field) => (
          <div key={field}>
            <dt className="font-semibold">{t(`persona.${field}Label`)}</dt>
            <dd className="text-slate-700">{t(`persona.${field}`)}</dd>
          </div>
        ))}
      </dl>
    </SampleCard>
  );
}

async function SamplePlan() {
  const t = await getTranslations("landing");
  const format = await getFormatter();
  return (
    <SampleCard id="sample-plan-title" title={t("plan.title")}>
      <table className="w-full text-left text-sm">
        <caption className="pb-2 text-left font-semibold">{t("plan.contentCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {(["topic", "format", "stage"] as const).map((column) => (
              <th key={column} scope="col" className="py-1 pr-2 font-semibold">
                {t(`plan.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CONTENT_ROWS.map((row) => (
            <tr key={row} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-2">{t(`plan.rows.${row}.topic`)}</td>
              <td className="py-2 pr-2 text-slate-700">{t(`plan.rows.${row}.format`)}</td>
              <td className="py-2 text-slate-700">{t(`plan.rows.${row}.stage`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="space-y-2">
        <h4 className="font-semibold">{t("plan.campaignTitle")}</h4>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-semibold">{t("plan.channelLabel")}</dt>
          <dd className="text-slate-700">{t("plan.channel")}</dd>
          <dt className="font-semibold">{t("plan.budgetLabel")}</dt>
          <dd className="text-slate-700">{format.number(CAMPAIGN.budget, { style: "currency", currency: "EUR" })}</dd>
          <dt className="font-semibold">{t("plan.datesLabel")}</dt>
          <dd className="text-slate-700">{format.dateTimeRange(CAMPAIGN.starts, CAMPAIGN.ends, { dateStyle: "medium" })}</dd>
          <dt className="font-semibold">{t("plan.metricLabel")}</dt>
          <dd className="text-slate-700">{t("plan.metric")}</dd>
        </dl>
      </div>
    </SampleCard>
  );
}

async function StepsInPlainWords() {
  const t = await getTranslations("landing");
  const tSteps = await getTranslations("wizard.steps");
  return (
    <section aria-labelledby="steps-title" className="space-y-4">
      <div className="max-w-3xl space-y-1">
        <h2 id="steps-title" className="text-2xl font-semibold">
          {t("stepsTitle")}
        </h2>
        <p className="text-slate-700">{t("stepsLead")}</p>
      </div>
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {WIZARD_STEPS.map((step) => (
          <li key={step.slug} className="space-y-1 rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm font-semibold text-brand-700">{t("stepNumber", { number: step.number })}</p>
            <h3 className="font-semibold">{tSteps(step.slug)}</h3>
            <p className="text-sm text-slate-700">{t(`steps.${step.slug}`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
