"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import type { ReviewState } from "@/lib/reviews/review-state";
import { stepHref, type StepSlug } from "@/lib/wizard/steps";

interface StepItem {
  slug: StepSlug;
  number: number;
  label: string;
  complete: boolean;
  /** "complete", "2 things missing", or the review's state when it asks for something: worded by the layout. */
  status: string;
  /** The mentor's review; a request for changes (answered or not) outranks "complete". */
  review: ReviewState;
  /** Open comment threads and the mentor's review, worded by the layout; absent when there are none. */
  notes?: string[];
}

/** The round mark before a step's name: one state, and the status text beside it says it in words. */
function markOf(step: StepItem, isCurrent: boolean): { symbol: string; look: string } {
  if (step.review === "changes_requested") return { symbol: "!", look: "bg-amber-500 text-amber-950" };
  if (step.review === "ready_again") return { symbol: "↻", look: "bg-brand-700 text-white" };
  if (step.complete) return { symbol: "✓", look: "bg-green-700 text-white" };
  return { symbol: String(step.number), look: isCurrent ? "bg-brand-700 text-white" : "bg-slate-200 text-slate-800" };
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
          const mark = markOf(step, isCurrent);
          const body = (
            <>
              <span
                aria-hidden="true"
                className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${mark.look}`}
              >
                {mark.symbol}
              </span>
              <span className="min-w-0">
                <span className="block text-sm font-semibold leading-tight">{step.label}</span>
                <span
                  className={`block text-xs ${step.review === "changes_requested" || step.review === "ready_again" ? "font-semibold text-slate-900" : "text-slate-600"}`}
                >
                  {step.status}
                </span>
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
