import type { OfferingOverview, PersonaRow } from "@/db/queries/plan-overview-model";
import type { PlanExport } from "@/lib/export/plan-export";
import type { ExportText } from "@/lib/export/export-text";
import {
  below,
  field,
  heading,
  inlineListField,
  listField,
  missingSection,
  note,
  paragraph,
  sectionHeading,
  type Block,
  type Level,
  type Placement,
} from "./blocks";
import { ageRange, decisionRoleNames, networkNames } from "@/lib/export/plan-wording";
import { personaFitBlocks } from "./fit-blocks";
import { personaJourneyBlocks } from "./journey-blocks";
import { assumptionsBlocks, personaValidationBlocks } from "./validation-blocks";
import { personaB2bBlocks } from "./b2b-blocks";
import { generationLabel } from "./market-and-demographics";
import type { MessageKeyIn } from "@/lib/i18n/app-config";

/** One buyer persona: who they are, why they buy, their part in the purchase and how to reach them. */
function personaCard(persona: PersonaRow, text: ExportText, level: Level): Block[] {
  const p = (key: MessageKeyIn<"export.persona">) => text.t(`export.persona.${key}`);
  const generation =
    persona.generation && persona.generation !== "none" ? generationLabel(text, "personas.generations", persona.generation) : "";
  return [
    heading(level, persona.name),
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
    ...field(p("decisionRoles"), decisionRoleNames(text, persona.decisionRoles)),
    ...field(p("intermediary"), p(persona.needsIntermediary ? "intermediaryYes" : "intermediaryNo")),
    ...inlineListField(p("channels"), networkNames(text, persona.channels)),
    ...field(p("attractingContent"), persona.attractingContent),
    ...field(p("objections"), persona.objections),
  ];
}

/** The offering a group of personas buys, restated so each group can be read on its own. */
function offeringIntro(offering: OfferingOverview, text: ExportText, level: Level): Block[] {
  const o = (key: MessageKeyIn<"plan.offerings">) => text.t(`plan.offerings.${key}`);
  return [
    heading(level, offering.name),
    ...field(text.t("export.summary.category"), offering.categoryName),
    ...field(o("definition"), offering.definition),
    ...field(o("objective"), offering.objective),
    ...field(o("tier"), text.t(`plan.tiers.${offering.tier}`)),
    ...field(o("audience"), offering.audience),
  ];
}

/** Step 4: the persona cards, grouped under the offering each persona buys. */
export function personasBlocks(data: PlanExport, text: ExportText, at: Placement): Block[] {
  const { plan } = data;
  const blocks: Block[] = [sectionHeading(text.t("export.sections.personas"), at)];
  if (plan.personaCount === 0) return [...blocks, missingSection(text, at.step)];
  blocks.push(...at.notes, ...assumptionsBlocks(text, plan.offerings));
  for (const offering of plan.offerings) {
    blocks.push(...offeringIntro(offering, text, below(at.level)));
    if (!offering.personas.length) blocks.push(note(text.t("plan.offerings.noPersonas")));
    for (const persona of offering.personas)
      blocks.push(
        ...personaCard(persona, text, below(at.level, 2)),
        ...personaB2bBlocks(text, persona),
        ...personaValidationBlocks(text, persona),
        ...personaFitBlocks(text, persona, offering.name),
        ...personaJourneyBlocks(text, persona),
      );
  }
  return blocks;
}
