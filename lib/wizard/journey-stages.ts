/**
 * The ready-made stages of a buyer's journey, in the order a buyer goes through them. Every
 * project starts with them (stored by these codes, so they read in each reader's language);
 * the owner may then rename, reorder, add and remove stages in step 4 (journey_stages).
 */
export const JOURNEY_STAGES = ["awareness", "consideration", "decision", "retention", "advocacy"] as const;

export type JourneyStage = (typeof JOURNEY_STAGES)[number];
