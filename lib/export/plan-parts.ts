import type { StepStatus } from "@/db/queries/plan-overview-model";
import { WIZARD_STEPS, type PlanSection, type StepSlug, type WizardStep } from "@/lib/wizard/steps";
import type { ExportText } from "./export-text";
import type { PlanExport } from "./plan-export";
import { stepStatus } from "./plan-wording";

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

/**
 * Where a block-based format (Markdown, DOCX) writes a section: the step that fills it, the
 * level of its heading, and the note on what the step still lacks, which a section that is a
 * part of its own shows below its heading (a grouped one leaves it to its step's heading).
 */
export interface SectionPlacement<Block, Level> {
  step: StepStatus;
  level: Level;
  notes: Block[];
}

export type SectionWriter<Block, Level> = (data: PlanExport, text: ExportText, at: SectionPlacement<Block, Level>) => Block[];

/**
 * The parts of a block-based format, one after the other: a lone section at `partLevel`,
 * with the step's notes; several under `stepHeading` and the notes, each at `sectionLevel`.
 */
export function writeStepParts<Block, Level>(
  data: PlanExport,
  text: ExportText,
  parts: readonly PlanPart<SectionWriter<Block, Level>>[],
  layout: {
    partLevel: Level;
    sectionLevel: Level;
    stepHeading: (title: string) => Block;
    notes: (step: StepStatus) => Block[];
  },
): Block[] {
  return parts.flatMap(({ key, step, sections }) => {
    const status = stepStatus(data.plan.steps, step.number);
    const notes = layout.notes(status);
    if (sections.length === 1) return sections[0]!.render(data, text, { step: status, level: layout.partLevel, notes });
    return [
      layout.stepHeading(text.t(`export.sections.${key}`)),
      ...notes,
      ...sections.flatMap(({ render }) => render(data, text, { step: status, level: layout.sectionLevel, notes: [] })),
    ];
  });
}
