export const WIZARD_STEPS = [
  { number: 1, slug: "offerings", available: true },
  { number: 2, slug: "competitors", available: true },
  { number: 3, slug: "demographics", available: true },
  { number: 4, slug: "personas", available: true },
  { number: 5, slug: "integration", available: true },
] as const;

export type WizardStep = (typeof WIZARD_STEPS)[number];
export type StepSlug = WizardStep["slug"];

export function stepHref(projectId: string, slug: StepSlug): string {
  return `/projects/${projectId}/${slug}`;
}

/** Where "Save and continue" leads: the next step that exists, else the finished plan. */
export function nextStepHref(projectId: string, current: StepSlug): string {
  const index = WIZARD_STEPS.findIndex((s) => s.slug === current);
  const next = WIZARD_STEPS.slice(index + 1).find((s) => s.available);
  return next ? stepHref(projectId, next.slug) : planHref(projectId);
}

/** The read-only plan overview at /projects/[id]/plan. */
export const PLAN_AVAILABLE = true;

export function planHref(projectId: string): string {
  return `/projects/${projectId}/plan`;
}
