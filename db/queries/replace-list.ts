import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import { CasingCache } from "drizzle-orm/casing";
import type { Transaction } from "../connect";
import type {
  campaigns,
  categories,
  competitors,
  contentIdeas,
  journeyStages,
  offerings,
  personas,
  projectChannels,
  socialPlans,
} from "../schema";

/** The tables a step saves as a list of rows, each row owned by one project. */
export type ListTable =
  | typeof categories
  | typeof offerings
  | typeof competitors
  | typeof personas
  | typeof contentIdeas
  | typeof socialPlans
  | typeof campaigns
  | typeof projectChannels
  | typeof journeyStages;

/** How the rows a save sends map onto the project's stored ones. */
export interface ListMatch {
  /** Server id by the id the browser sent: stored rows keep theirs, new ones get a fresh one. */
  ids: Map<string, string>;
  /** Server id of each sent row, in order; a repeated id is a new row after its first use. */
  rowIds: string[];
  /** Stored rows the save no longer sends. */
  removed: string[];
}

// The same casing as db/connect.ts, to name a column of the row an upsert proposes.
const casing = new CasingCache("snake_case");

/**
 * Reads the project's ids in `table` once and matches the sent rows against them. Ids the
 * browser made up are only keys: a row whose id is not the project's own gets a fresh server
 * id, so a crafted id (another project's row, say) can never reach a row outside the project.
 */
export async function matchList(tx: Transaction, table: ListTable, projectId: string, sent: readonly { id: string }[]): Promise<ListMatch> {
  const stored = new Set((await tx.select({ id: table.id }).from(table).where(eq(table.projectId, projectId))).map((r) => r.id));
  const ids = new Map<string, string>();
  const rowIds = sent.map(({ id }) => {
    if (ids.has(id)) return randomUUID();
    const serverId = stored.has(id) ? id : randomUUID();
    ids.set(id, serverId);
    return serverId;
  });
  return { ids, rowIds, removed: [...stored].filter((id) => !ids.has(id)) };
}

/** Deletes these rows of the project in one statement (none when there are none). */
export async function deleteListRows(tx: Transaction, table: ListTable, projectId: string, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await tx.delete(table).where(and(eq(table.projectId, projectId), inArray(table.id, [...ids])));
}

/**
 * Writes every row in one statement, whatever their number: new rows are inserted and stored
 * ones updated in place. An update happens only when the stored row belongs to the same
 * project, a second guard behind matchList's fresh ids.
 */
export async function writeListRows<T extends ListTable>(
  tx: Transaction,
  table: T,
  projectId: string,
  rows: readonly (Omit<T["$inferInsert"], "projectId"> & { id: string })[],
): Promise<void> {
  if (!rows.length) return;
  const columns = getTableColumns(table) as Record<string, Parameters<CasingCache["getColumnCasing"]>[0]>;
  const excluded = (key: string) => sql`excluded.${sql.identifier(casing.getColumnCasing(columns[key]!))}`;
  const set: Record<string, SQL> = {};
  for (const key of new Set(rows.flatMap((row) => Object.keys(row)))) {
    if (key !== "id" && columns[key]) set[key] = excluded(key);
  }
  // A union of tables has no common insert signature; the rows were typed against `table` above.
  const target = table as typeof competitors;
  await tx
    .insert(target)
    .values(rows.map((row) => ({ ...row, projectId })) as (typeof competitors.$inferInsert)[])
    .onConflictDoUpdate({ target: target.id, set, setWhere: sql`${target.projectId} = ${excluded("projectId")}` });
}

/**
 * Replaces the project's list in `table` with `sent`, in order: removed rows deleted in one
 * statement, the rest written in one more. `toRow` gets each sent row with its server id and
 * position. Lists whose removals take other rows along use the three parts themselves.
 */
export async function replaceList<T extends ListTable, S extends { id: string }>(
  tx: Transaction,
  table: T,
  projectId: string,
  sent: readonly S[],
  toRow: (row: S, id: string, position: number) => Omit<T["$inferInsert"], "projectId"> & { id: string },
): Promise<ListMatch> {
  const match = await matchList(tx, table, projectId, sent);
  await deleteListRows(tx, table, projectId, match.removed);
  await writeListRows(
    tx,
    table,
    projectId,
    sent.map((row, position) => toRow(row, match.rowIds[position]!, position)),
  );
  return match;
}
