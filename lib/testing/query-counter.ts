import type { PGlite } from "@electric-sql/pglite";
import type { Sql } from "postgres";
import type { Connection, Database } from "@/db/connect";
import * as schema from "@/db/schema";

/**
 * The same database client behind a second drizzle instance that records every statement it
 * sends, so tests can count a page's queries with no change to db/connect.ts.
 */
export async function countingConnection(connection: Connection): Promise<{ connection: Connection; queries: string[] }> {
  const queries: string[] = [];
  const options = { schema, casing: "snake_case" as const, logger: { logQuery: (query: string) => void queries.push(query) } };
  const client = (connection.db as unknown as { $client: unknown }).$client;
  const db =
    connection.kind === "pglite"
      ? (await import("drizzle-orm/pglite")).drizzle(client as PGlite, options)
      : (await import("drizzle-orm/postgres-js")).drizzle(client as Sql, options);
  return { connection: { ...connection, db: db as unknown as Database }, queries };
}
