import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}/$1` },
      { find: /^server-only$/, replacement: path.join(root, "lib/testing/server-only-stub.ts") },
    ],
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    // Builds in other dist dirs (.next-bench, a worktree's .next-e2e) copy packages, with
    // their own test files, under <dist>/node_modules: never ours to run.
    exclude: ["**/node_modules/**", ".next/**", ".next-*/**", "e2e/**", ".data/**"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth"] } },
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
