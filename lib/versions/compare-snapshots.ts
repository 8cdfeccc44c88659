import type { PlanSnapshot } from "@/db/queries/plan-overview";
import type { Locale } from "@/lib/i18n/locales";
import { channelNameIn } from "@/lib/wizard/channel-labels";
import { stageNameIn } from "@/lib/wizard/stage-labels";
import type { StepSlug } from "@/lib/wizard/steps";

// Two snapshots of a plan, compared row by row. Rows are matched by id, never by position or
// name, so a renamed offering reads as "changed" rather than as one removed and one added.
// Values are compared as stored (ids, codes), then shown by name: renaming an offering does
// not mark each of its personas as changed.

export type ItemKind =
  | "project"
  | "category"
  | "offering"
  | "competitor"
  | "digitalProfile"
  | "channel"
  | "targetProfile"
  | "stage"
  | "persona"
  | "contentIdea"
  | "socialPlan"
  | "campaign";

/** The project's own name and description come first, then the steps in order. */
export type ChangeGroup = "project" | StepSlug;

/** A value as a reader sees it: names instead of ids, lists as lists. */
export type ShownValue = string | number | boolean | null | string[];

export interface FieldChange {
  field: string;
  /**
   * The values before and after; null for a field whose value is a structure (a value map, a
   * journey) that has no one-line form: the reader is told that it changed and opens the version.
   */
  values: { before: ShownValue; after: ShownValue } | null;
}

export interface ItemChange {
  kind: ItemKind;
  id: string;
  /** What the item is called ("Custom guitar"); "" for the one-per-project items. */
  label: string;
  change: "added" | "changed" | "removed";
  /** For "changed": only the fields that differ. */
  fields: FieldChange[];
}

export interface GroupChanges {
  group: ChangeGroup;
  items: ItemChange[];
}

type Row = Record<string, unknown>;

interface Side {
  snapshot: PlanSnapshot;
  names: Map<string, string>;
  campaignPersonas: Map<string, string[]>;
}

/** Fields that say nothing about the plan: the row's id, and which answers a data draft filled. */
const IGNORED = new Set(["id", "fromData"]);

/** Fields that hold the id (or ids) of another row of the snapshot, shown by its name. */
const REFERENCES = new Set([
  "categoryId",
  "offeringId",
  "personaId",
  "channelId",
  "channelIds",
  "stageId",
  "intermediaryFor",
  "personaIds",
]);

const KINDS: { kind: ItemKind; group: ChangeGroup; rows: (side: Side) => Row[]; label: (row: Row, side: Side) => string }[] = [
  { kind: "project", group: "project", rows: ({ snapshot }) => [{ ...snapshot.project, id: "project" }], label: () => "" },
  { kind: "category", group: "offerings", rows: ({ snapshot }) => snapshot.categories, label: (row) => String(row.name) },
  { kind: "offering", group: "offerings", rows: ({ snapshot }) => snapshot.offerings, label: (row) => String(row.name) },
  { kind: "competitor", group: "competitors", rows: ({ snapshot }) => snapshot.competitors, label: (row) => String(row.name) },
  { kind: "channel", group: "competitors", rows: ({ snapshot }) => snapshot.channels, label: (row, side) => nameOf(side, row.id) },
  { kind: "digitalProfile", group: "competitors", rows: ({ snapshot }) => single(snapshot.digitalProfile), label: () => "" },
  { kind: "targetProfile", group: "demographics", rows: ({ snapshot }) => single(snapshot.targetProfile), label: () => "" },
  {
    kind: "stage",
    group: "personas",
    rows: ({ snapshot }) => snapshot.stages.map((s) => ({ ...s })),
    label: (row, side) => nameOf(side, row.id),
  },
  { kind: "persona", group: "personas", rows: ({ snapshot }) => snapshot.personas, label: (row) => String(row.name) },
  { kind: "contentIdea", group: "integration", rows: ({ snapshot }) => snapshot.contentIdeas, label: (row) => String(row.topic) },
  {
    kind: "socialPlan",
    group: "integration",
    rows: ({ snapshot }) => snapshot.socialPlans,
    label: (row, side) => `${nameOf(side, row.personaId)} · ${nameOf(side, row.channelId)}`,
  },
  {
    kind: "campaign",
    group: "integration",
    rows: (side) => side.snapshot.campaigns.map((c) => ({ ...c, personaIds: side.campaignPersonas.get(c.id) ?? [] })),
    label: (row, side) => `${nameOf(side, row.offeringId)} · ${nameOf(side, row.channelId)}`,
  },
];

export const CHANGE_GROUPS: readonly ChangeGroup[] = ["project", "offerings", "competitors", "demographics", "personas", "integration"];

/** A one-per-project answer is one row with a fixed id, so it is matched across snapshots. */
function single(row: object | null): Row[] {
  return row ? [{ ...row, id: "single" }] : [];
}

function nameOf(side: Side, id: unknown): string {
  return typeof id === "string" ? (side.names.get(id) ?? "") : "";
}

function sideOf(snapshot: PlanSnapshot, locale: Locale): Side {
  const names = new Map<string, string>();
  for (const row of [...snapshot.categories, ...snapshot.offerings, ...snapshot.personas]) names.set(row.id, row.name);
  for (const c of snapshot.channels) names.set(c.id, channelNameIn(locale, c.name));
  for (const s of snapshot.stages) names.set(s.id, stageNameIn(locale, s.name));
  const campaignPersonas = new Map<string, string[]>();
  for (const { campaignId, personaId } of snapshot.campaignPersonas) {
    campaignPersonas.set(campaignId, [...(campaignPersonas.get(campaignId) ?? []), personaId]);
  }
  // Which personas a campaign targets is a set: the order rows come back in means nothing.
  for (const ids of campaignPersonas.values()) ids.sort();
  return { snapshot, names, campaignPersonas };
}

/** Key order in stored JSON is not meaningful, so structures are compared with sorted keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const isPlain = (value: unknown): boolean =>
  value === null ||
  ["string", "number", "boolean"].includes(typeof value) ||
  (Array.isArray(value) && value.every((v) => typeof v === "string"));

function shown(field: string, value: unknown, side: Side): ShownValue {
  if (value === undefined) return null;
  if (REFERENCES.has(field))
    return Array.isArray(value) ? value.map((id) => nameOf(side, id)) : value === null ? null : nameOf(side, value);
  return value as ShownValue;
}

function fieldChanges(before: Row, after: Row, sides: { before: Side; after: Side }): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !IGNORED.has(field));
  return fields.flatMap((field): FieldChange[] => {
    if (canonical(before[field] ?? null) === canonical(after[field] ?? null)) return [];
    if (!isPlain(before[field] ?? null) || !isPlain(after[field] ?? null)) return [{ field, values: null }];
    return [{ field, values: { before: shown(field, before[field], sides.before), after: shown(field, after[field], sides.after) } }];
  });
}

/**
 * What changed from `before` to `after`, per group: rows added, rows removed, and for rows in
 * both, the fields that differ. Groups without a change are left out. `locale` names channels
 * and journey stages; everything else is shown as the team wrote it.
 */
export function compareSnapshots(before: PlanSnapshot, after: PlanSnapshot, locale: Locale): GroupChanges[] {
  const sides = { before: sideOf(before, locale), after: sideOf(after, locale) };
  const items = new Map<ChangeGroup, ItemChange[]>();
  const push = (group: ChangeGroup, item: ItemChange) => items.set(group, [...(items.get(group) ?? []), item]);
  for (const { kind, group, rows, label } of KINDS) {
    const old = new Map(rows(sides.before).map((row) => [String(row.id), row]));
    const current = rows(sides.after);
    for (const row of current) {
      const id = String(row.id);
      const previous = old.get(id);
      if (!previous) {
        push(group, { kind, id, label: label(row, sides.after), change: "added", fields: [] });
        continue;
      }
      const fields = fieldChanges(previous, row, sides);
      if (fields.length) push(group, { kind, id, label: label(row, sides.after), change: "changed", fields });
    }
    const kept = new Set(current.map((row) => String(row.id)));
    for (const [id, row] of old) {
      if (!kept.has(id)) push(group, { kind, id, label: label(row, sides.before), change: "removed", fields: [] });
    }
  }
  return CHANGE_GROUPS.flatMap((group) => (items.has(group) ? [{ group, items: items.get(group)! }] : []));
}
