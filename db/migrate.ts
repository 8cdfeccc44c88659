import { loadEnv } from "../lib/config/env";
import { embeddedDataDir, openConnection } from "./connect";
import { applyMigrations } from "./migrations-runner";

async function main() {
  const started = Date.now();
  const env = loadEnv();
  const connection = await openConnection(env.DATABASE_URL);
  try {
    await applyMigrations(connection);
  } finally {
    await connection.close();
  }
  const where = connection.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite at ${embeddedDataDir()}`;
  console.log(`Migrations applied to ${where} in ${Date.now() - started} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
