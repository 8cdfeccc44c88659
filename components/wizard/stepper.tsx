"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { stepHref, type StepSlug } from "@/lib/wizard/steps";

interface StepItem {
  slug: StepSlug;
  number: number;
  label: string;
  complete: boolean;
  /** "complete", "2 things missing"... worded by the layout. */
  status: string;
  /** Open comment threads and the mentor's review, worded by the layout; absent when there are none. */
  notes?: string[];
}

// Client-side only to read the current segment for aria-current; prefetch is off because
// each step page is a full server render and five prefetches per view add up.
export function Stepper({ projectId, steps, labels }: { projectId: string; steps: StepItem[]; labels: { nav: string } }) {
  const current = useSelectedLayoutSegment();
  return (
    <nav aria-label={labels.nav} className="print:hidden">
      <ol className="grid gap-2 sm:grid-cols-5">
        {steps.map((step) => {
          const isCurrent = step.slug === current;
          const body = (
            <>
              <span
                aria-hidden="true"
                className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${
                  step.complete ? "bg-green-700 text-white" : isCurrent ? "bg-brand-700 text-white" : "bg-slate-200 text-slate-800"
                }`}
              >
                {step.complete ? "✓" : step.number}
              </span>
              <span className="min-w-0">
                <span className="block text-sm font-semibold leading-tight">{step.label}</span>
                <span className="block text-xs text-slate-600">{step.status}</span>
                {step.notes?.map((note) => (
                  <span key={note} className="block text-xs font-medium text-slate-800">
                    {note}
                  </span>
                ))}
              </span>
            </>
          );
          const className = `flex h-full items-center gap-2 rounded-md border p-2 ${
            isCurrent ? "border-brand-700 bg-brand-50" : "border-slate-200 bg-white"
          }`;
          return (
            <li key={step.slug}>
              <Link
                href={stepHref(projectId, step.slug)}
                prefetch={false}
                aria-current={isCurrent ? "step" : undefined}
                className={`${className} hover:border-brand-600`}
              >
                {body}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
