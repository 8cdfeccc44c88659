import {
  DEFAULT_IMPORTANCE,
  factorLines,
  IMPORTANCE,
  LIST_OF_KIND,
  PROFILE_LISTS,
  type Importance,
  type ProfileImportance,
  type ProfileList,
  type ValueEntry,
  type ValueKind,
} from "@/lib/validation/value-map";

// Fit is the canvas's verdict: of what matters to the persona, how much the offering answers.
// The share counts the essential and important pains and gains, as the method asks; jobs are
// shown beside the products that serve them but do not move the share.

/** The part of a persona the fit reads. */
export interface FitSource {
  jobs: readonly string[];
  pains: readonly string[];
  gains: readonly string[];
  needs: string;
  importance: ProfileImportance;
  valueMap: readonly ValueEntry[];
}

export interface FitItem {
  list: ProfileList;
  item: string;
  importance: Importance;
  /** The value-map entries that answer it, in the map's order. */
  answeredBy: ValueEntry[];
}

export interface NeedFit {
  need: string;
  metBy: ValueEntry[];
}

export interface PersonaFit {
  /** Every job, pain and gain, in the profile's order. */
  items: FitItem[];
  /** Essential and important pains and gains. */
  counted: number;
  answered: number;
  /** Whole percent of `counted` that is answered; null when nothing counts yet. */
  share: number | null;
  /** Essential and important pains and gains nobody answers: essential first, then the profile's order. */
  unanswered: FitItem[];
  /** The needs, one per line: the minimum success factors the value map must meet. */
  needs: NeedFit[];
  unmetNeeds: string[];
}

const key = (text: string) => text.trim().toLocaleLowerCase();

/** How much `item` of `list` matters; items the owner has not ranked count as important. */
export function importanceOf(importance: ProfileImportance, list: ProfileList, item: string): Importance {
  const ranked = importance[list];
  if (item in ranked) return ranked[item]!;
  const found = Object.entries(ranked).find(([text]) => key(text) === key(item));
  return found ? found[1] : DEFAULT_IMPORTANCE;
}

/** Whether an entry of this kind says it answers `item`. */
function answers(entry: ValueEntry, item: string): boolean {
  return entry.answers.some((ref) => key(ref) === key(item));
}

const counts = (fit: FitItem) => fit.list !== "jobs" && fit.importance !== "nice";
const rank = (importance: Importance) => IMPORTANCE.indexOf(importance);

export function personaFit(persona: FitSource): PersonaFit {
  const items = PROFILE_LISTS.flatMap((list) =>
    persona[list].map((item): FitItem => ({
      list,
      item,
      importance: importanceOf(persona.importance, list, item),
      answeredBy: persona.valueMap.filter((entry) => LIST_OF_KIND[entry.kind] === list && answers(entry, item)),
    })),
  );
  const counted = items.filter(counts);
  const answered = counted.filter((fit) => fit.answeredBy.length > 0).length;
  const unanswered = counted
    .map((fit, order) => ({ fit, order }))
    .filter(({ fit }) => fit.answeredBy.length === 0)
    .sort((a, b) => rank(a.fit.importance) - rank(b.fit.importance) || a.order - b.order)
    .map(({ fit }) => fit);
  const needs = factorLines(persona.needs).map((need) => ({
    need,
    metBy: persona.valueMap.filter((entry) => entry.needs.some((ref) => key(ref) === key(need))),
  }));
  return {
    items,
    counted: counted.length,
    answered,
    share: counted.length ? Math.round((answered * 100) / counted.length) : null,
    unanswered,
    needs,
    unmetNeeds: needs.filter((n) => n.metBy.length === 0).map((n) => n.need),
  };
}

/** The entries of one kind, in the map's order. */
export function entriesOfKind(valueMap: readonly ValueEntry[], kind: ValueKind): ValueEntry[] {
  return valueMap.filter((entry) => entry.kind === kind);
}

/**
 * The value map and ranking with every reference to an item the persona no longer has
 * dropped, spelt as the persona spells it now. The save stores this, so a removed pain
 * leaves no stale link behind.
 */
export function pruneValueMap<P extends FitSource>(persona: P): Pick<P, "importance" | "valueMap"> {
  const canonical = (list: readonly string[]) => new Map(list.map((item) => [key(item), item]));
  const lists = Object.fromEntries(PROFILE_LISTS.map((list) => [list, canonical(persona[list])])) as Record<
    ProfileList,
    Map<string, string>
  >;
  const needLines = canonical(factorLines(persona.needs));
  const keep = (refs: readonly string[], known: Map<string, string>) => [
    ...new Set(refs.map((ref) => known.get(key(ref))).filter((ref): ref is string => ref !== undefined)),
  ];
  const importance = Object.fromEntries(
    PROFILE_LISTS.map((list) => [
      list,
      Object.fromEntries(
        Object.entries(persona.importance[list])
          .map(([item, level]) => [lists[list].get(key(item)), level] as const)
          .filter(([item]) => item !== undefined),
      ),
    ]),
  ) as ProfileImportance;
  const valueMap = persona.valueMap.map((entry) => ({
    ...entry,
    answers: keep(entry.answers, lists[LIST_OF_KIND[entry.kind]]),
    needs: keep(entry.needs, needLines),
  }));
  return { importance, valueMap };
}
