import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface Connection {
  db: Database;
  kind: "pglite" | "postgres";
  url?: string;
  close: () => Promise<void>;
}

export function embeddedDataDir(): string {
  // The folder is chosen at run time, so the build must not try to trace it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite"));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// PGlite has no multi-process coordination: two processes on one directory silently lose
// writes. A pid lock file next to the directory refuses the second opener and is taken
// over once its holder has died.
export function lockDataDir(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(lockPath, "utf8") === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder = 0;
      try {
        holder = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
      } catch {
        continue;
      }
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database at ${dir} is in use by another Perfila process (pid ${holder}). ` +
            `Stop that process, or set PGLITE_DIR to another folder, or set DATABASE_URL to use PostgreSQL.`,
        );
      }
      try {
        unlinkSync(lockPath);
      } catch {
        // Someone else removed the stale lock first; try again.
      }
    }
  }
  throw new Error(`Could not lock the embedded database at ${dir}.`);
}

export async function openConnection(url = process.env.DATABASE_URL): Promise<Connection> {
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
    });
    const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
    return { db, kind: "postgres", url, close: () => client.end({ timeout: 5 }) };
  }
  const dir = embeddedDataDir();
  mkdirSync(path.dirname(dir), { recursive: true });
  const release = lockDataDir(dir);
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** An in-memory PGlite for tests: nothing touches the disk and no lock is needed. */
export async function openMemoryConnection(): Promise<Connection> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = await PGlite.create();
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
  return { db, kind: "pglite", close: () => client.close() };
}
