import Link from "next/link";
import { stepHref, type StepSlug } from "@/lib/wizard/steps";

export interface StepGaps {
  slug: StepSlug;
  label: string;
  /** Translated sentences; empty when the step is complete. */
  items: string[];
}

/**
 * The stepper says which steps are incomplete; this says why, step by step, in a
 * disclosure so it costs no space until the owner asks. Server-rendered: no client JS.
 */
export function MissingSummary({ projectId, title, steps }: { projectId: string; title: string; steps: StepGaps[] }) {
  const open = steps.filter((s) => s.items.length > 0);
  if (open.length === 0) return null;
  return (
    <details className="rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm print:hidden">
      <summary className="cursor-pointer font-semibold text-slate-800">{title}</summary>
      <dl className="mt-2 space-y-2 pb-2">
        {open.map((step) => (
          <div key={step.slug}>
            <dt>
              <Link href={stepHref(projectId, step.slug)} prefetch={false} className="font-medium text-brand-700 underline">
                {step.label}
              </Link>
            </dt>
            <dd>
              <ul className="list-disc pl-5 text-slate-700">
                {step.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
