/**
 * The stages of a buyer's journey, in the order a buyer goes through them. Declared once: the
 * database enum, the step 5 form and its validation, and the plan's content order (on the
 * page and in every download) all read this list.
 */
export const JOURNEY_STAGES = ["awareness", "consideration", "decision", "retention", "advocacy"] as const;

export type JourneyStage = (typeof JOURNEY_STAGES)[number];
