import type { OfferingOverview, PersonaRow } from "@/db/queries/plan-overview-model";
import type { PlanExport } from "@/lib/export/plan-export";
import type { ExportText } from "@/lib/export/export-text";
import {
  field,
  heading,
  incompleteStep,
  inlineListField,
  listField,
  missingSection,
  note,
  paragraph,
  stepStatus,
  type Block,
} from "./blocks";
import { ageRange } from "@/lib/export/plan-wording";
import { generationLabel } from "./market-and-demographics";

/** One buyer persona: who they are, why they buy, their part in the purchase and how to reach them. */
function personaCard(persona: PersonaRow, text: ExportText): Block[] {
  const p = (key: string) => text.t(`export.persona.${key}`);
  const generation =
    persona.generation && persona.generation !== "none" ? generationLabel(text, "personas.generations", persona.generation) : "";
  return [
    heading(3, persona.name),
    ...(persona.description.trim() ? [paragraph(persona.description)] : []),
    ...field(text.t("plan.persona.age"), ageRange(text, persona.ageMin, persona.ageMax)),
    ...field(p("gender"), persona.gender),
    ...field(p("location"), persona.location),
    ...field(p("occupation"), persona.occupation),
    ...field(p("generation"), generation),
    ...listField(p("goals"), persona.goals),
    ...listField(p("jobs"), persona.jobs),
    ...listField(p("pains"), persona.pains),
    ...listField(p("gains"), persona.gains),
    ...field(p("needs"), persona.needs),
    ...field(p("motivations"), persona.motivations),
    ...field(p("ideals"), persona.ideals),
    ...field(p("decisionRole"), text.t(`export.decisionRoles.${persona.decisionRole}`)),
    ...field(p("intermediary"), p(persona.needsIntermediary ? "intermediaryYes" : "intermediaryNo")),
    ...inlineListField(p("channels"), persona.channels),
    ...field(p("attractingContent"), persona.attractingContent),
    ...field(p("objections"), persona.objections),
  ];
}

/** The offering a group of personas buys, restated so each group can be read on its own. */
function offeringIntro(offering: OfferingOverview, text: ExportText): Block[] {
  const o = (key: string) => text.t(`plan.offerings.${key}`);
  return [
    heading(2, offering.name),
    ...field(text.t("export.summary.category"), offering.categoryName),
    ...field(o("definition"), offering.definition),
    ...field(o("objective"), offering.objective),
    ...field(o("tier"), text.t(`plan.tiers.${offering.tier}`)),
    ...field(o("audience"), offering.audience),
  ];
}

/** Step 4: the persona cards, grouped under the offering each persona buys. */
export function personasBlocks(data: PlanExport, text: ExportText): Block[] {
  const { plan } = data;
  const step = stepStatus(plan.steps, 4);
  const blocks: Block[] = [heading(1, text.t("export.sections.personas"), { pageBreakBefore: true })];
  if (plan.personaCount === 0) return [...blocks, missingSection(text, step)];
  blocks.push(...incompleteStep(text, step));
  for (const offering of plan.categories.flatMap((c) => c.offerings)) {
    blocks.push(...offeringIntro(offering, text));
    if (!offering.personas.length) blocks.push(note(text.t("plan.offerings.noPersonas")));
    for (const persona of offering.personas) blocks.push(...personaCard(persona, text));
  }
  return blocks;
}
