"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { useId, useState } from "react";
import { stepHref, type StepSlug } from "@/lib/wizard/steps";

export interface CompactStepItem {
  slug: StepSlug;
  number: number;
  label: string;
  complete: boolean;
  /** "Step 4 of 5 · Buyer personas", worded by the layout. */
  position: string;
  /** "complete", "2 things missing"... worded by the layout. */
  status: string;
  /** What the step still lacks, one sentence each; empty when complete. */
  missing: string[];
  /** Open comment threads and the mentor's review, worded by the layout. */
  notes?: string[];
}

/**
 * The stepper on a phone: one line saying where the owner is, and a bar of how much is done,
 * instead of five cards and the list of gaps (about 450 px at 390 px wide) above every step.
 * It opens to the five steps, each with its state in words and what it still lacks, and
 * remembers the page it was opened on, so it closes once the owner picks a step.
 */
export function StepperCompact({
  projectId,
  steps,
  labels,
}: {
  projectId: string;
  steps: CompactStepItem[];
  labels: { nav: string; overview: string; progress: string };
}) {
  const segment = useSelectedLayoutSegment();
  const current = steps.find((step) => step.slug === segment);
  const done = steps.filter((step) => step.complete).length;
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === String(segment);
  const listId = useId();
  return (
    <nav aria-label={labels.nav} className="rounded-md border border-slate-200 bg-white sm:hidden print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenOn(open ? null : String(segment))}
        className="flex w-full items-center gap-3 px-3 py-2 text-left"
      >
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-semibold">{current ? current.position : labels.overview}</span>
          <span className="block text-xs text-slate-600">{current ? current.status : labels.progress}</span>
        </span>
        <span aria-hidden="true" className={`text-slate-600 transition-transform ${open ? "rotate-180" : ""}`}>
          ▾
        </span>
      </button>
      <ol id={listId} hidden={!open} className="space-y-1 border-t border-slate-200 p-2">
        {steps.map((step) => {
          const isCurrent = step === current;
          return (
            <li key={step.slug}>
              <Link
                href={stepHref(projectId, step.slug)}
                prefetch={false}
                aria-current={isCurrent ? "step" : undefined}
                className={`block rounded-md px-2 py-1.5 text-sm ${isCurrent ? "bg-brand-50 font-semibold" : "hover:bg-slate-50"}`}
              >
                <span className="block">
                  {step.number}. {step.label}
                </span>
                <span className="block text-xs text-slate-600">{step.status}</span>
                {[...step.missing, ...(step.notes ?? [])].map((line) => (
                  <span key={line} className="block text-xs text-slate-800">
                    {line}
                  </span>
                ))}
              </Link>
            </li>
          );
        })}
      </ol>
      <div
        role="progressbar"
        aria-label={labels.progress}
        aria-valuemin={0}
        aria-valuemax={steps.length}
        aria-valuenow={done}
        className="h-1.5 overflow-hidden rounded-b-md bg-slate-200"
      >
        <div className="h-full bg-brand-600" style={{ width: `${(done / steps.length) * 100}%` }} />
      </div>
    </nav>
  );
}
