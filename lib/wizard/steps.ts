/**
 * The wizard's steps, each declared once. Everything that differs from one step to the next
 * either reads this list or is keyed by a step's slug:
 * - its URL (`/projects/[id]/<slug>`), its place in the stepper and "save and continue";
 * - its messages: `wizard.steps.<slug>` names it, `<slug>.title`, `.lead`, `.completeHint`
 *   and `.missing.<code>` live in its own namespace;
 * - its completion rule (`<slug>StepMissing` in `lib/validation/<slug>-step.ts`), recomputed
 *   when a step it depends on is saved;
 * - the kinds of item a comment on it can be about;
 * - the plan sections its answers fill, on the plan page and in every download.
 * A mentor reviews every step, so a review needs nothing declared.
 */
export interface StepDeclaration {
  number: number;
  slug: string;
  /** Items of this step a comment can be about (comments.target_kind). */
  commentTargets: readonly string[];
  /** Steps whose saves can change what this step lacks, so they recompute it. */
  dependsOn: readonly string[];
  /** The plan's sections that this step's answers fill, in reading order. */
  planSections: readonly string[];
}

export const WIZARD_STEPS = [
  { number: 1, slug: "offerings", commentTargets: ["offering"], dependsOn: [], planSections: ["offerings"] },
  { number: 2, slug: "competitors", commentTargets: ["competitor"], dependsOn: [], planSections: ["market"] },
  { number: 3, slug: "demographics", commentTargets: [], dependsOn: [], planSections: ["demographics"] },
  {
    number: 4,
    slug: "personas",
    commentTargets: ["persona", "value_entry", "journey_stage"],
    dependsOn: ["offerings"],
    planSections: ["personas"],
  },
  {
    number: 5,
    slug: "integration",
    commentTargets: ["content_idea", "campaign"],
    dependsOn: ["personas"],
    planSections: ["content", "social", "campaigns"],
  },
] as const satisfies readonly StepDeclaration[];

export type WizardStep = (typeof WIZARD_STEPS)[number];
export type StepSlug = WizardStep["slug"];
export type StepNumber = WizardStep["number"];
export type CommentTarget = WizardStep["commentTargets"][number];
export type PlanSection = WizardStep["planSections"][number];
export type StepOf<S extends StepSlug> = Extract<WizardStep, { slug: S }>;

export function stepBySlug<S extends StepSlug>(slug: S): StepOf<S> {
  return WIZARD_STEPS.find((s) => s.slug === slug) as StepOf<S>;
}

export function stepByNumber(number: number): WizardStep | undefined {
  return WIZARD_STEPS.find((s) => s.number === number);
}

export function isStepNumber(value: unknown): value is StepNumber {
  return WIZARD_STEPS.some((s) => s.number === value);
}

/** Every kind of item a comment can be about, in step order. */
export const COMMENT_TARGETS: readonly CommentTarget[] = WIZARD_STEPS.flatMap((s) => s.commentTargets);

/** The step whose comments panel lists threads about items of this kind. */
export function commentTargetStep(kind: CommentTarget): StepNumber {
  return WIZARD_STEPS.find((s) => (s.commentTargets as readonly string[]).includes(kind))!.number;
}

/** The step that fills a plan section: an empty section links to it. */
export function planSectionStep(section: PlanSection): WizardStep {
  return WIZARD_STEPS.find((s) => (s.planSections as readonly string[]).includes(section))!;
}

/**
 * The steps whose completion a save of `slug` can change, directly or through another step,
 * in step order: saving offerings can take personas with it, and with them step 5's gaps.
 */
export function stepsDependingOn(slug: StepSlug): WizardStep[] {
  const affected = new Set<StepSlug>([slug]);
  for (const step of WIZARD_STEPS) {
    if (step.dependsOn.some((d) => affected.has(d))) affected.add(step.slug);
  }
  affected.delete(slug);
  return WIZARD_STEPS.filter((s) => affected.has(s.slug));
}

export function stepHref(projectId: string, slug: StepSlug): string {
  return `/projects/${projectId}/${slug}`;
}

/** The read-only plan overview at /projects/[id]/plan. */
export function planHref(projectId: string): string {
  return `/projects/${projectId}/plan`;
}

/** The coach's review of the whole plan at /projects/[id]/coach. */
export function coachHref(projectId: string): string {
  return `/projects/${projectId}/coach`;
}

/** Where "Save and continue" leads: the next step, or the plan after the last one. */
export function nextStepHref(projectId: string, current: StepSlug): string {
  const next = WIZARD_STEPS[WIZARD_STEPS.findIndex((s) => s.slug === current) + 1];
  return next ? stepHref(projectId, next.slug) : planHref(projectId);
}
