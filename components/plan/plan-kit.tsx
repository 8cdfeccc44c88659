import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { MoneyTotal } from "@/db/queries/plan-overview";
import { planSectionStep, stepBySlug, stepHref, type PlanSection, type StepSlug } from "@/lib/wizard/steps";
import { isSharedPlanView } from "./shared-view";

// Small building blocks of the read-only plan. Everything here renders on the server only.

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** Whole cents in the user's locale; a malformed currency code still shows the amount and the code. */
export function formatMoney(format: Formatter, { cents, currency }: MoneyTotal): string {
  try {
    // Grouped as the amount fields show it: Spanish data alone would write 1500,00 € but 15.000,00 €.
    return format.number(cents / 100, { style: "currency", currency, useGrouping: "always" });
  } catch {
    return `${format.number(cents / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: "always" })} ${currency}`;
  }
}

/** A calendar day stored as YYYY-MM-DD, shown in the user's locale without shifting time zones. */
export function formatDay(format: Formatter, day: string): string {
  return format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
}

/** One line per currency, because sums in different currencies are never added up. */
export async function MoneyTotals({ totals }: { totals: MoneyTotal[] }) {
  const format = await getFormatter();
  if (totals.length === 1) return <>{formatMoney(format, totals[0]!)}</>;
  return (
    <ul>
      {totals.map((total) => (
        <li key={total.currency}>{formatMoney(format, total)}</li>
      ))}
    </ul>
  );
}

export function PlanSection({ id, title, summary, children }: { id: string; title: string; summary?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-300 pb-2">
        <h2 id={`${id}-title`} className="text-xl font-bold print:break-after-avoid">
          {title}
        </h2>
        {summary ? <p className="text-sm text-slate-600">{summary}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** Where a missing answer is filled in: a link to its step (none on a read-only link's page). */
export async function StepLink({ projectId, slug }: { projectId: string; slug: StepSlug }) {
  if (isSharedPlanView()) return null;
  const t = await getTranslations("plan");
  const steps = await getTranslations("wizard.steps");
  const values = { number: stepBySlug(slug).number, step: steps(slug) };
  return (
    <Link href={stepHref(projectId, slug)} prefetch={false} className="font-semibold text-brand-700 underline print:hidden">
      {t("stepLink", values)}
    </Link>
  );
}

/** An empty section: what is missing, and the step that fills it (as lib/wizard/steps.ts declares). */
export function EmptyState({ message, projectId, section }: { message: string; projectId: string; section: PlanSection }) {
  return (
    <div className="space-y-2 rounded-lg border border-dashed border-slate-400 bg-white p-4">
      <p className="text-slate-700">{message}</p>
      <StepLink projectId={projectId} slug={planSectionStep(section).slug} />
    </div>
  );
}

export interface Detail {
  label: string;
  value: ReactNode;
}

const hasValue = (value: ReactNode) =>
  value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);

/**
 * Label/value pairs; blank answers are left out rather than shown as empty rows. Styles sit on
 * the list, not on each term: a large plan has hundreds of them and every class is sent twice.
 */
export function Details({ items, className = "" }: { items: Detail[]; className?: string }) {
  const filled = items.filter((item) => hasValue(item.value));
  if (!filled.length) return null;
  return (
    <dl
      className={`grid gap-x-6 gap-y-2 sm:grid-cols-2 [&>div]:min-w-0 [&_dd]:whitespace-pre-line [&_dd]:break-words [&_dt]:text-xs [&_dt]:font-semibold [&_dt]:uppercase [&_dt]:tracking-wide [&_dt]:text-slate-600 ${className}`}
    >
      {filled.map((item) => (
        <div key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A short list of answers (goals, networks, keywords) as a comma-separated line. */
export function joinList(items: readonly string[]): string {
  return items.join(", ");
}

/** "18–65", "18 or older", "up to 65" or nothing; `t` reads the plan.persona messages. */
export function formatAgeRange(
  t: (key: "ageRange" | "ageFrom" | "ageTo", values: { min?: number; max?: number }) => string,
  min: number | null,
  max: number | null,
) {
  if (min !== null && max !== null) return t("ageRange", { min, max });
  if (min !== null) return t("ageFrom", { min });
  if (max !== null) return t("ageTo", { max });
  return "";
}

/**
 * A wide table on a narrow screen: it scrolls sideways inside a region a keyboard can focus
 * (and scroll with the arrow keys), named by `label`, with a hint that there is more to the
 * right, so the last columns (a campaign's budget, the total) are never cut off unnoticed.
 */
export async function ScrollRegion({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  /** What there is more of to the right; the campaigns' budget and total unless said. */
  hint?: string;
  children: ReactNode;
}) {
  const t = await getTranslations("plan");
  return (
    <div className="space-y-1">
      <p id={`${id}-hint`} className="text-sm text-slate-700 md:hidden print:hidden">
        {hint ?? t("scrollHint")}
      </p>
      <div
        role="region"
        aria-label={label}
        aria-describedby={`${id}-hint`}
        tabIndex={0}
        className="overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 print:overflow-visible"
      >
        {children}
      </div>
    </div>
  );
}
