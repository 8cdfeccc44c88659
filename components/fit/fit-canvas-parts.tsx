import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { Importance, ProfileList } from "@/lib/validation/value-map";
import type { PersonaFit } from "@/lib/wizard/fit";

// The small pieces of the fit canvas. Nothing here says anything by colour alone: each mark
// sits beside words that say the same. Their look is in app/globals.css (.fit-*), written once
// rather than on every row of every persona's canvas.

/** Where a "fill it" link takes the owner: an item of the profile, or a need. */
export interface FitTarget {
  list?: ProfileList;
  item?: string;
  need?: string;
}

// A type, not an interface, so it can be handed to a translator as its values.
export type FitNames = { persona: string; offering: string };

export function ImportanceBadge({ importance }: { importance: Importance }) {
  const t = useTranslations("fit.importance");
  return (
    <span className="fit-badge" data-level={importance}>
      {t(importance)}
    </span>
  );
}

/** A tick in a circle (met, answered) or a warning triangle (missing); always beside words that say it. */
export function StatusIcon({ met }: { met: boolean }) {
  return met ? (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="fit-icon">
      <path d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0m-11.5.5 2.5 2.5 4.5-5" />
    </svg>
  ) : (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="fit-icon" data-missing="">
      <path d="M10 2.5 18 17H2zM10 8v4m0 2.5v.01" />
    </svg>
  );
}

/** The line that joins a profile item to what answers it (drawn by app/globals.css). */
export function Connector({ answered }: { answered: boolean }) {
  return <span aria-hidden="true" className="fit-join" data-missing={answered ? undefined : ""} />;
}

/** A link to where the owner fills a gap; left out of a printout, where it leads nowhere. */
export function FixLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} prefetch={false} className="fit-fix">
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
