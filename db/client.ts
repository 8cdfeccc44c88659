import "server-only";
import { openConnection, type Connection, type Database } from "./connect";

// Created on first use, never at import time: `next build` loads every route module and
// must not open (or lock) the embedded data directory.
const globalForDb = globalThis as unknown as { perfilaDb?: Promise<Connection> };

export function getConnection(): Promise<Connection> {
  globalForDb.perfilaDb ??= openConnection().catch((error: unknown) => {
    globalForDb.perfilaDb = undefined;
    throw error;
  });
  return globalForDb.perfilaDb;
}

export async function getDb(): Promise<Database> {
  return (await getConnection()).db;
}

/** Tests point the data-access layer at their own database. */
export function setConnectionForTests(connection: Connection): void {
  globalForDb.perfilaDb = Promise.resolve(connection);
}
