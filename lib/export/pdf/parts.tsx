import type { ReactNode } from "react";
import type { ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { planParts } from "@/lib/export/plan-parts";
import { stepStatus } from "@/lib/export/plan-wording";
import type { PlanSection } from "@/lib/wizard/steps";
import { ContentPlan, SocialMatrix } from "./activity-sections";
import { Section, type SectionProps } from "./blocks";
import { accentOf } from "./branding";
import { CampaignsSection } from "./campaigns-section";
import { DemographicsSection, MarketSection } from "./market-sections";
import { PersonasSection } from "./personas-section";
import { CampaignTimeline } from "./timeline";

interface PdfSection {
  Render: (props: SectionProps) => ReactNode;
  /** The long sections start on a new page so the reader can find them; the short ones follow on. */
  newPage: boolean;
}

/** How each plan section prints, in the order lib/wizard/steps.ts declares them. */
const SECTIONS: Record<PlanSection, PdfSection | null> = {
  // The summary's table lists the offerings, and the personas part restates each one above its personas.
  offerings: null,
  market: { Render: MarketSection, newPage: false },
  demographics: { Render: DemographicsSection, newPage: false },
  personas: { Render: PersonasSection, newPage: true },
  content: { Render: ContentPlan, newPage: true },
  // Short enough to follow on the content plan's last page: fewer half-empty pages.
  social: { Render: SocialMatrix, newPage: false },
  campaigns: {
    Render: (props) => (
      <>
        <CampaignsSection {...props} />
        <CampaignTimeline {...props} />
      </>
    ),
    newPage: true,
  },
};

const PARTS = planParts(SECTIONS);

/** The document's numbered parts, in print order; the appendix is printed only on request. */
export const SECTION_KEYS = ["summary", ...PARTS.map((part) => part.key), "appendix"] as const;

/** "3. Demographic and sociocultural profile": the same numbering in the contents and the body. */
export function sectionTitle(text: ExportText, key: (typeof SECTION_KEYS)[number]): string {
  return `${SECTION_KEYS.indexOf(key) + 1}. ${text.t(`export.sections.${key}`)}`;
}

/** One numbered part per step; a step of several sections prints each under its own subtitle. */
export function StepParts({ data, text }: { data: PlanExport; text: ExportText }) {
  return PARTS.map(({ key, step, sections }) => {
    const at = { step: stepStatus(data.plan.steps, step.number), nested: sections.length > 1 };
    return (
      <Section key={key} title={sectionTitle(text, key)} breakBefore={sections.some((s) => s.render.newPage)} accent={accentOf(data)}>
        {sections.map(({ name, render: { Render } }) => (
          <Render key={name} data={data} text={text} at={at} />
        ))}
      </Section>
    );
  });
}
