import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

// Releases before 16.2.11 carry known advisories (among them proxy bypass through a forged
// x-middleware-subrequest header); this checks what is installed, not what package.json asks for.
const MINIMUM = [16, 2, 11] as const;

function parse(version: string): number[] {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`not a version: ${version}`);
  return match.slice(1, 4).map(Number);
}

function atLeast(version: number[], minimum: readonly number[]): boolean {
  for (let i = 0; i < minimum.length; i++) {
    if (version[i]! !== minimum[i]!) return version[i]! > minimum[i]!;
  }
  return true;
}

it("the installed next is 16.2.11 or later", () => {
  const file = fileURLToPath(new URL("../../node_modules/next/package.json", import.meta.url));
  const { version } = JSON.parse(readFileSync(file, "utf8")) as { version: string };
  expect(atLeast(parse(version), MINIMUM), `installed next ${version}`).toBe(true);
  // The comparison itself: equal passes, an older patch or minor fails, a newer one passes.
  expect(atLeast([16, 2, 11], MINIMUM)).toBe(true);
  expect(atLeast([16, 2, 10], MINIMUM)).toBe(false);
  expect(atLeast([15, 9, 99], MINIMUM)).toBe(false);
  expect(atLeast([16, 10, 0], MINIMUM)).toBe(true);
});
