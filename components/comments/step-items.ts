import type { CommentTarget } from "@/lib/wizard/steps";

/** One entry of the "About" select: an item of the step a comment can be about. */
export interface CommentItem {
  kind: CommentTarget;
  id: string;
  name: string;
}

/**
 * Where an item's card can be reached on its step page. Offering and competitor cards are
 * identified by their position, which moves, so their threads only name them.
 */
export function itemAnchor(kind: CommentTarget, id: string): string | undefined {
  switch (kind) {
    case "persona":
      return `persona-${id}-heading`;
    case "content_idea":
      return `content-idea-${id}`;
    case "campaign":
      return `campaign-${id}`;
    case "journey_stage":
      return `journey-stage-${id}`;
    default:
      return undefined;
  }
}

const named = <K extends CommentTarget>(kind: K, rows: readonly { id: string; name: string }[]): CommentItem[] =>
  rows.map((row) => ({ kind, id: row.id, name: row.name }));

export const offeringItems = (rows: readonly { id: string; name: string }[]) => named("offering", rows);
export const competitorItems = (rows: readonly { id: string; name: string }[]) => named("competitor", rows);

/**
 * Step 4: each persona, then the entries of its value map, named with the persona's name; then
 * the project's journey stages (`stages` already named in the reader's language).
 */
export function personaStepItems(
  rows: readonly { id: string; name: string; valueMap: readonly { id: string; text: string }[] }[],
  stages: readonly { id: string; name: string }[] = [],
): CommentItem[] {
  return [
    ...rows.flatMap((persona) => [
      ...named("persona", [persona]),
      ...persona.valueMap.map((entry) => ({ kind: "value_entry" as const, id: entry.id, name: `${persona.name} · ${entry.text}` })),
    ]),
    ...named("journey_stage", stages),
  ];
}

/** Step 5: content ideas by topic, campaigns by offering and channel (as listStepComments labels them). */
export function integrationItems(
  contentIdeas: readonly { id: string; topic: string }[],
  campaigns: readonly { id: string; offeringId: string; channel: string }[],
  offerings: readonly { id: string; name: string }[],
): CommentItem[] {
  const offeringName = new Map(offerings.map((o) => [o.id, o.name]));
  return [
    ...contentIdeas.map((idea) => ({ kind: "content_idea" as const, id: idea.id, name: idea.topic })),
    ...campaigns.map((c) => ({
      kind: "campaign" as const,
      id: c.id,
      name: [offeringName.get(c.offeringId), c.channel.trim()].filter(Boolean).join(" · "),
    })),
  ];
}
