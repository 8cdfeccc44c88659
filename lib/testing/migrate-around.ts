import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openMemoryConnection, type Connection } from "@/db/connect";

const folder = path.join(process.cwd(), "db", "migrations");

/** A copy of the migrations folder whose journal stops just before `step`. */
function migrationsBefore(step: string): { before: string; cleanup: () => void } {
  const before = mkdtempSync(path.join(tmpdir(), "perfila-migrations-"));
  cpSync(folder, before, { recursive: true });
  const journalPath = path.join(before, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { idx: number; tag: string }[] };
  const stepIndex = journal.entries.findIndex((e) => e.tag === step);
  if (stepIndex < 0) throw new Error(`no migration named ${step}`);
  journal.entries = journal.entries.slice(0, stepIndex);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { before, cleanup: () => rmSync(before, { recursive: true, force: true }) };
}

/**
 * A fresh PGlite database migrated up to just before `step`, seeded the old way by `seed`,
 * then migrated to the end: a data step meets the rows it was written for.
 */
export async function migrateAround(step: string, seed: (connection: Connection) => Promise<void>): Promise<Connection> {
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const { before, cleanup } = migrationsBefore(step);
  const connection = await openMemoryConnection();
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants the driver-specific type
    await migrate(connection.db as any, { migrationsFolder: before });
    await seed(connection);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    await migrate(connection.db as any, { migrationsFolder: folder });
  } finally {
    cleanup();
  }
  return connection;
}

/** The rows of a raw query, for checking what a migration left behind. */
export const rawRows = async <T>(connection: Connection, query: string) =>
  ((await connection.db.execute(sql.raw(query))) as unknown as { rows: T[] }).rows;
