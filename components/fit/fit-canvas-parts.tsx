import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { Importance, ProfileList } from "@/lib/validation/value-map";
import type { PersonaFit } from "@/lib/wizard/fit";

// The small pieces of the fit canvas. Nothing here says anything by colour alone: each mark
// sits beside words that say the same, and marks are drawn with borders, which print, rather
// than backgrounds, which browsers leave out of a printout by default.

/** Where a "fill it" link takes the owner: an item of the profile, or a need. */
export interface FitTarget {
  list?: ProfileList;
  item?: string;
  need?: string;
}

// A type, not an interface, so it can be handed to a translator as its values.
export type FitNames = { persona: string; offering: string };

const BADGE: Record<Importance, string> = {
  essential: "border-2 border-slate-900 font-bold text-slate-900",
  important: "border border-slate-700 font-semibold text-slate-800",
  nice: "border border-dashed border-slate-500 text-slate-700",
};

export function ImportanceBadge({ importance }: { importance: Importance }) {
  const t = useTranslations("fit.importance");
  return <span className={`inline-block rounded px-1.5 text-xs leading-5 whitespace-nowrap ${BADGE[importance]}`}>{t(importance)}</span>;
}

/** A tick in a circle (met, answered) or a warning triangle (missing); always beside words that say it. */
export function StatusIcon({ met }: { met: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className={`mt-0.5 size-4 shrink-0 ${met ? "text-emerald-700" : "text-amber-700"}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {met ? (
        <>
          <circle cx="10" cy="10" r="8" />
          <path d="m6.5 10.5 2.5 2.5 4.5-5" />
        </>
      ) : (
        <>
          <path d="M10 2.5 18 17H2z" />
          <path d="M10 8v4M10 14.5v.01" />
        </>
      )}
    </svg>
  );
}

/** The line that joins a profile item to what answers it: solid when answered, dashed when not. */
export function Connector({ answered }: { answered: boolean }) {
  return (
    <span aria-hidden="true" className="mt-2.5 flex w-8 shrink-0 items-center">
      <span className={`size-2 shrink-0 rounded-full border-2 ${answered ? "border-brand-700" : "border-amber-700"}`} />
      <span className={`w-full border-t-2 ${answered ? "border-brand-700" : "border-dashed border-amber-700"}`} />
    </span>
  );
}

/** A link to where the owner fills a gap; left out of a printout, where it leads nowhere. */
export function FixLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} prefetch={false} className="text-sm font-semibold whitespace-nowrap text-brand-700 underline print:hidden">
      {children}
    </Link>
  );
}

/** Text for screen readers only, such as which item a repeated "Add an answer" link is about. */
export const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * "N of M essential and important pains and gains answered (P %)", with a bar that only
 * repeats the share; with nothing to count, what to do first instead.
 */
export function FitShare({ fit, names }: { fit: PersonaFit; names: FitNames }) {
  const t = useTranslations("fit");
  if (fit.share === null) {
    const hasPainsOrGains = fit.items.some((item) => item.list !== "jobs");
    return <p className="text-slate-800">{t(hasPainsOrGains ? "shareOnlyNice" : "shareEmpty", names)}</p>;
  }
  return (
    <div className="space-y-1.5">
      <p className="font-medium text-slate-900">
        {t("share", { ...names, answered: fit.answered, counted: fit.counted, share: fit.share })}
      </p>
      <div aria-hidden="true" className="h-3 w-full max-w-md overflow-hidden rounded-full border border-slate-500">
        <div className="h-full bg-brand-700 [print-color-adjust:exact]" style={{ width: `${fit.share}%` }} />
      </div>
    </div>
  );
}
