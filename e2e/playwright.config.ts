import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium here (Playwright cannot download its own browser on these machines);
// elsewhere, leave it undefined and Playwright's own browser is used.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// One secret and one server-action key per run, set on process.env so the test workers
// inherit them: the fault specs start more servers from this build, and every instance
// must share both (the key is baked into the build and must match at start).
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");

// Each run gets its own embedded database unless DATABASE_URL points at PostgreSQL, so
// the tests never touch a developer's data.
const serverEnv: Record<string, string> = {
  PORT: String(port),
  AUTH_SECRET: process.env.AUTH_SECRET,
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
  ...(process.env.DATABASE_URL
    ? { DATABASE_URL: process.env.DATABASE_URL }
    : { PGLITE_DIR: path.join(os.tmpdir(), `perfila-e2e-${randomUUID()}`) }),
};

export default defineConfig({
  testDir: __dirname,
  testMatch: "**/*.spec.ts",
  outputDir: path.join(root, "test-results"),
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        },
      },
    },
  ],
  webServer: {
    command: "npm run db:migrate && npx next build && npm run serve",
    cwd: root,
    url: baseURL,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: serverEnv,
  },
});
