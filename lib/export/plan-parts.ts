import { WIZARD_STEPS, type PlanSection, type StepSlug, type WizardStep } from "@/lib/wizard/steps";

/**
 * One part of a downloaded plan's body, between its summary and its appendix: the sections a
 * wizard step fills, as one format prints them. A step with one printed section is a part
 * titled by that section ("Buyer personas"); a step with several is a part titled by the
 * step ("Integration with marketing actions"), its sections beneath.
 */
export interface PlanPart<Renderer> {
  /** Its title is export.sections.<key>: the section's name, or the step's slug when it groups several. */
  key: PlanSection | StepSlug;
  step: WizardStep;
  sections: { name: PlanSection; render: Renderer }[];
}

/**
 * The parts of a plan in step order, from the sections each step declares in
 * lib/wizard/steps.ts. Each writer says how it prints every section in a
 * `Record<PlanSection, …>`, so tsc asks for a new step's sections in every format; null
 * means the format shows that section's answers inside another one.
 */
export function planParts<Renderer>(renderers: Record<PlanSection, Renderer | null>): PlanPart<Renderer>[] {
  return WIZARD_STEPS.flatMap((step) => {
    const sections = step.planSections.flatMap((name) => {
      const render = renderers[name];
      return render === null ? [] : [{ name, render }];
    });
    if (!sections.length) return [];
    return [{ key: sections.length === 1 ? sections[0]!.name : step.slug, step, sections }];
  });
}
