import { defineConfig } from "drizzle-kit";

// Migrations are generated from one schema and applied by db/migrate.ts to PGlite or
// PostgreSQL alike, so the dialect never depends on DATABASE_URL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
