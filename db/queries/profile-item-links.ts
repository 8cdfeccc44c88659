import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Dependent } from "@/lib/errors";
import type { PersonaInput } from "@/lib/validation/personas-step";
import { LIST_OF_KIND, PROFILE_ITEM_KINDS, type ProfileItemKind } from "@/lib/validation/value-map";
import type { Transaction } from "../connect";
import { campaigns, contentIdeas, personas } from "../schema";

// Content ideas, campaigns and value-map entries point at a persona's pains and gains by their
// text. Removing such an item from the persona asks first (like removing a persona) and then
// leaves the plan items in place, with their words kept but the link gone.

const key = (text: string) => text.trim().toLocaleLowerCase();
const LIST = { pain: "pains", gain: "gains" } as const;

type Removed = { personaId: string; persona: string; kind: ProfileItemKind; item: string; valueEntries: number };

/** Pains and gains that stored personas have and this save no longer sends. */
async function removedItems(tx: Transaction, projectId: string, sent: readonly PersonaInput[], ids: ReadonlyMap<string, string>) {
  const kept = new Map(sent.filter((p) => ids.get(p.id) === p.id).map((p) => [p.id, p]));
  if (!kept.size) return [];
  const stored = await tx
    .select({ id: personas.id, name: personas.name, pains: personas.pains, gains: personas.gains, valueMap: personas.valueMap })
    .from(personas)
    .where(and(eq(personas.projectId, projectId), inArray(personas.id, [...kept.keys()])));
  return stored.flatMap((before) => {
    const after = kept.get(before.id)!;
    return PROFILE_ITEM_KINDS.flatMap((kind) => {
      const still = new Set(after[LIST[kind]].map(key));
      return before[LIST[kind]]
        .filter((item) => !still.has(key(item)))
        .map((item): Removed => ({
          personaId: before.id,
          persona: before.name,
          kind,
          item,
          valueEntries: before.valueMap.filter((e) => LIST_OF_KIND[e.kind] === LIST[kind] && e.answers.some((a) => key(a) === key(item)))
            .length,
        }));
    });
  });
}

/** What removing pains or gains in this save would unlink; items nothing uses are left out. */
export async function profileItemDependents(
  tx: Transaction,
  projectId: string,
  sent: readonly PersonaInput[],
  ids: ReadonlyMap<string, string>,
): Promise<Dependent[]> {
  const removed = await removedItems(tx, projectId, sent, ids);
  if (!removed.length) return [];
  const personaIds = [...new Set(removed.map((r) => r.personaId))];
  const ideas = await tx
    .select({ personaId: contentIdeas.personaId, kind: contentIdeas.addressesKind, item: contentIdeas.addresses })
    .from(contentIdeas)
    .where(and(inArray(contentIdeas.personaId, personaIds), isNotNull(contentIdeas.addressesKind)));
  const answers = (await tx.select({ answers: campaigns.answers }).from(campaigns).where(eq(campaigns.projectId, projectId))).map(
    (c) => c.answers,
  );
  const same = (r: Removed) => (link: { personaId: string; kind: string | null; item: string }) =>
    link.personaId === r.personaId && link.kind === r.kind && key(link.item) === key(r.item);
  return removed
    .map((r) => ({
      kind: r.kind,
      name: r.item,
      persona: r.persona,
      contentIdeas: ideas.filter(same(r)).length,
      campaigns: answers.filter((list) => list.some(same(r))).length,
      valueEntries: r.valueEntries,
    }))
    .filter((d) => d.contentIdeas + d.campaigns + d.valueEntries > 0);
}

/**
 * After a confirmed removal: content ideas keep their words without the link, and campaigns
 * drop answers whose pain, gain or persona is gone. Two statements, whatever the plan's size.
 */
export async function unlinkRemovedProfileItems(tx: Transaction, projectId: string): Promise<void> {
  await tx.execute(sql`
    update ${contentIdeas} as ci set addresses_kind = null
    from ${personas} as p
    where ci.project_id = ${projectId} and p.id = ci.persona_id and ci.addresses_kind is not null
      and not (ci.addresses = any(case ci.addresses_kind when 'pain' then p.pains else p.gains end))`);
  await tx.execute(sql`
    update ${campaigns} as c set answers = (
      select coalesce(jsonb_agg(a order by n), '[]'::jsonb)
      from jsonb_array_elements(c.answers) with ordinality as x(a, n)
      join ${personas} as p on p.id::text = a->>'personaId'
      where a->>'item' = any(case a->>'kind' when 'pain' then p.pains else p.gains end))
    where c.project_id = ${projectId} and c.answers <> '[]'::jsonb`);
}
