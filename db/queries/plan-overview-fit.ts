import { factorLines, type Importance, type ValueEntry } from "@/lib/validation/value-map";
import { personaFit, type PersonaFit } from "@/lib/wizard/fit";
import type { CampaignRow, CompetitorRow, ContentIdeaRow, PersonaRow } from "./plan-overview-model";

// Issue 14's half of the plan: per persona, the fit of its offering's value map, the
// competitors beside each motivation, the intermediary link, and everything in the plan that
// answers each pain. Worked out in memory from the rows the plan already reads, so it adds no
// query; the page and every download lay out what this builds.

export interface PersonaLink {
  id: string;
  name: string;
  /** Set when the linked persona buys another offering than this one, so a reader can tell two namesakes apart. */
  otherOffering: string | null;
}

/** A motivation (one line of the persona's motivations) and the competitors the owner marked as already offering it. */
export interface MotivationRivalry {
  motivation: string;
  /** Names, in step 2's order. */
  competitors: string[];
}

export interface PainAnswers {
  pain: string;
  importance: Importance;
  /** Pain relievers of the value map that answer it. */
  entries: ValueEntry[];
  /** Content ideas of this persona linked to the pain, in the plan's order. */
  ideas: Pick<ContentIdeaRow, "id" | "topic">[];
  /** Campaigns whose message answers it, in the plan's order. */
  campaigns: Pick<CampaignRow, "id" | "kind" | "channel">[];
}

export interface ValueProposition {
  fit: PersonaFit;
  valueMap: ValueEntry[];
  motivations: MotivationRivalry[];
  /** On an intermediary's persona: the end customer it sells to. */
  intermediaryFor: PersonaLink | null;
  /** On an end customer's persona: the intermediaries it is sold to through. */
  soldThrough: PersonaLink[];
  /** Every pain in the profile's order. */
  painAnswers: PainAnswers[];
}

const key = (text: string) => text.trim().toLocaleLowerCase();

interface Sources {
  /** Every persona of the plan, each with the name of the offering it buys. */
  personas: readonly (PersonaRow & { offeringName: string })[];
  competitors: readonly CompetitorRow[];
  contentIdeas: readonly ContentIdeaRow[];
  /** The campaigns the plan shows (those of an offering it has). */
  campaigns: readonly CampaignRow[];
}

function pushTo<K, V>(map: Map<K, V[]>, k: K, value: V) {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/** The value proposition of every persona, by persona id. */
export function valuePropositions({ personas, competitors, contentIdeas, campaigns }: Sources): Map<string, ValueProposition> {
  const competitorName = new Map(competitors.map((c) => [c.id, c.name]));
  const byId = new Map(personas.map((p) => [p.id, p]));
  const link = (from: PersonaRow, id: string): PersonaLink | null => {
    const to = byId.get(id);
    if (!to || to.id === from.id) return null;
    return { id: to.id, name: to.name, otherOffering: to.offeringId === from.offeringId ? null : to.offeringName };
  };
  const intermediaries = new Map<string, PersonaLink[]>();
  for (const persona of personas) {
    if (!persona.intermediaryFor) continue;
    const end = byId.get(persona.intermediaryFor);
    const back = end && link(end, persona.id);
    if (back) pushTo(intermediaries, end.id, back);
  }
  // "<persona> <pain>" → what links to it; items are matched as the fit matches them, ignoring case.
  const itemKey = (personaId: string, item: string) => `${personaId}\n${key(item)}`;
  const ideasByPain = new Map<string, PainAnswers["ideas"]>();
  for (const idea of contentIdeas) {
    if (idea.addressesKind === "pain") pushTo(ideasByPain, itemKey(idea.personaId, idea.addresses), { id: idea.id, topic: idea.topic });
  }
  const campaignsByPain = new Map<string, PainAnswers["campaigns"]>();
  for (const campaign of campaigns) {
    const seen = new Set<string>();
    for (const answer of campaign.answers) {
      const k = itemKey(answer.personaId, answer.item);
      if (answer.kind !== "pain" || seen.has(k)) continue;
      seen.add(k);
      pushTo(campaignsByPain, k, { id: campaign.id, kind: campaign.kind, channel: campaign.channel });
    }
  }

  return new Map(
    personas.map((persona) => {
      const fit = personaFit(persona);
      const rivals = new Map(persona.motivationRivals.map((r) => [key(r.motivation), r.competitorIds]));
      const motivations = factorLines(persona.motivations).map((motivation) => {
        const ids = new Set(rivals.get(key(motivation)) ?? []);
        return { motivation, competitors: competitors.filter((c) => ids.has(c.id)).map((c) => competitorName.get(c.id)!) };
      });
      const painAnswers = fit.items
        .filter((item) => item.list === "pains")
        .map((item) => ({
          pain: item.item,
          importance: item.importance,
          entries: item.answeredBy,
          ideas: ideasByPain.get(itemKey(persona.id, item.item)) ?? [],
          campaigns: campaignsByPain.get(itemKey(persona.id, item.item)) ?? [],
        }));
      const proposition: ValueProposition = {
        fit,
        valueMap: persona.valueMap,
        motivations,
        intermediaryFor: persona.intermediaryFor ? link(persona, persona.intermediaryFor) : null,
        soldThrough: intermediaries.get(persona.id) ?? [],
        painAnswers,
      };
      return [persona.id, proposition];
    }),
  );
}
