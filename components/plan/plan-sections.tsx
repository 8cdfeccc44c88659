import type { JSX } from "react";
import type { PlanOverview } from "@/db/queries/plan-overview";
import { WIZARD_STEPS, type PlanSection } from "@/lib/wizard/steps";
import { PlanContent, PlanSocial } from "./plan-activities";
import { PlanCampaigns } from "./plan-campaigns";
import { PlanDemographics, PlanMarket } from "./plan-market";
import { PlanOfferings } from "./plan-offerings";

type SectionComponent = (props: { plan: PlanOverview }) => Promise<JSX.Element>;

/**
 * How the plan page shows each section a step declares in lib/wizard/steps.ts; tsc asks for
 * a new step's sections here as in every download. Null: shown inside another section.
 */
const SECTIONS = {
  offerings: PlanOfferings,
  market: PlanMarket,
  demographics: PlanDemographics,
  // Each persona is shown inside the offering it buys, as a card under it.
  personas: null,
  content: PlanContent,
  social: PlanSocial,
  campaigns: PlanCampaigns,
} as const satisfies Record<PlanSection, SectionComponent | null>;

type ShownSection = { [S in PlanSection]: (typeof SECTIONS)[S] extends null ? never : S }[PlanSection];

const isShown = (id: PlanSection): id is ShownSection => SECTIONS[id] !== null;

/** The sections the page shows, in the order the steps declare them. */
export const PAGE_SECTIONS: { id: ShownSection; Section: SectionComponent }[] = WIZARD_STEPS.flatMap((step) =>
  step.planSections.filter(isShown).map((id) => ({ id, Section: SECTIONS[id] })),
);

export function PlanSections({ plan }: { plan: PlanOverview }) {
  return PAGE_SECTIONS.map(({ id, Section }) => <Section key={id} plan={plan} />);
}
