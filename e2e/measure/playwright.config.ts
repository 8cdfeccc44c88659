import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

// Measurements that drive the real app like the end-to-end tests but assert nothing about
// the figures: `npm run measure` writes them to bench-results/ (its own port, 3150 unless
// E2E_PORT says otherwise, so it can run beside the test suite).
export default defineConfig({ ...base, testDir: __dirname, testMatch: "**/*.measure.ts", retries: 0, workers: 1 });
