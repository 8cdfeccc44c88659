import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { openConnection, openMemoryConnection, type Connection, type Database } from "@/db/connect";
import { applyMigrations } from "@/db/migrations-runner";
import { users } from "@/db/schema";

export type DatabaseKind = Connection["kind"];

export interface DatabaseTarget {
  kind: DatabaseKind;
  open: () => Promise<Connection>;
}

/**
 * Where integration suites run: always an in-memory PGlite, plus PostgreSQL when
 * DATABASE_URL is set (CI gives each run a fresh database; nothing here assumes it is empty).
 */
export function databaseTargets(options: { kinds?: readonly DatabaseKind[] } = {}): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [
    {
      kind: "pglite",
      open: async () => {
        const connection = await openMemoryConnection();
        await applyMigrations(connection);
        return connection;
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    targets.push({
      kind: "postgres",
      open: async () => {
        const connection = await openConnection(url);
        // Parallel test files migrate the same database: applyMigrations takes an advisory lock.
        await applyMigrations(connection);
        return connection;
      },
    });
  }
  return options.kinds ? targets.filter((t) => options.kinds!.includes(t.kind)) : targets;
}

/**
 * Runs `suite` once per database target, each in its own describe block. db/client.ts
 * keeps a single global connection, so it is pointed at this block's database before the
 * block and again before every test (describes of one file run one after the other).
 */
export function describeEachDatabase(
  name: string,
  suite: (getConnection: () => Connection, kind: DatabaseKind) => void,
  options: { kinds?: readonly DatabaseKind[] } = {},
): void {
  for (const target of databaseTargets(options)) {
    describe(`${name} [${target.kind}]`, () => {
      let connection: Connection | undefined;

      beforeAll(async () => {
        connection = await target.open();
        setConnectionForTests(connection);
      });

      beforeEach(() => {
        setConnectionForTests(connection!);
      });

      afterAll(async () => {
        await connection?.close();
        connection = undefined;
      });

      suite(() => {
        if (!connection) throw new Error(`The ${target.kind} test database is not open yet (use it inside a test or hook).`);
        return connection;
      }, target.kind);
    });
  }
}

/** Inserts a user straight into the table, with a unique email, and returns its id. */
export async function createTestUser(db: Database, fields: { name?: string; email?: string } = {}): Promise<{ id: string }> {
  const unique = randomUUID();
  const [row] = await db
    .insert(users)
    .values({
      name: fields.name ?? `Test user ${unique.slice(0, 8)}`,
      email: (fields.email ?? `test-${unique}@example.test`).toLowerCase(),
      passwordHash: "not-a-real-hash",
    })
    .returning({ id: users.id });
  return { id: row!.id };
}
