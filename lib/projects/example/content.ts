import type { CompetitorsStepInput } from "@/lib/validation/competitors-step";
import type { DemographicsStepInput } from "@/lib/validation/demographics-step";
import type { IntegrationStepInput } from "@/lib/validation/integration-step";
import type { JourneyStageInput } from "@/lib/validation/journey";
import type { OfferingsStepInput } from "@/lib/validation/offerings-step";
import { blankPersona, type PersonaInput } from "@/lib/validation/personas-step";
import { JOURNEY_STAGES, type JourneyStage } from "@/lib/wizard/journey-stages";

/**
 * The example project's answers, written in the shapes the step forms send, so the test can hold
 * them to the same schemas a user's save must pass. Rows point at each other through `id(key)`:
 * every run hands out fresh uuids, since the Spanish and the English copy share no row.
 */
export interface ExampleContent {
  name: string;
  description: string;
  offerings: Omit<OfferingsStepInput, "version">;
  competitors: Omit<CompetitorsStepInput, "version">;
  demographics: Omit<DemographicsStepInput, "version">;
  stages: JourneyStageInput[];
  personas: PersonaInput[];
  integration: Omit<IntegrationStepInput, "version">;
}

export type ExampleIds = (key: string) => string;

/** The ready-made stages, stored by code so that each language names them itself. */
export function exampleStages(id: ExampleIds): JourneyStageInput[] {
  return JOURNEY_STAGES.map((name) => ({ id: id(`stage.${name}`), name }));
}

/** A persona with every answer the example does not spell out left as a new one has it. */
export function examplePersona(id: ExampleIds, key: string, offeringKey: string, answers: Partial<PersonaInput>): PersonaInput {
  return { ...blankPersona(id(key), id(offeringKey)), ...answers };
}

type CellText = [touchpoints: string, thinksAndDoes: string, feeling: -2 | -1 | 0 | 1 | 2, painPoints: string, opportunities: string];

/** A journey map cell per stage, from a compact row of its texts. */
export function journeyCells(id: ExampleIds, cells: Partial<Record<JourneyStage, CellText>>): PersonaInput["journey"]["cells"] {
  return JOURNEY_STAGES.flatMap((stage) => {
    const cell = cells[stage];
    if (!cell) return [];
    const [touchpoints, thinksAndDoes, feeling, painPoints, opportunities] = cell;
    return [{ stageId: id(`stage.${stage}`), touchpoints, thinksAndDoes, feeling, feelingWord: "", painPoints, opportunities }];
  });
}
