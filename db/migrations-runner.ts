import path from "node:path";
import type { Connection } from "./connect";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any constant works; it only has to be the same for every process that migrates.
const MIGRATION_LOCK = 72_731_001;

export async function applyMigrations(connection: Connection): Promise<void> {
  if (connection.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants the driver-specific type
    await migrate(connection.db as any, { migrationsFolder });
    return;
  }
  // Several instances (or parallel test files) may start at once: an advisory lock held
  // on one dedicated connection makes them take turns instead of racing on the same DDL.
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(connection.url!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle(client), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
