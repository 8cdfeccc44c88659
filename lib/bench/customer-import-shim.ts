// Until the customers page imports the customer-import actions, no build can answer them
// over HTTP. For the benchmark's build only, a route re-exporting customer-import-page.tsx
// is written into app/ and removed again right after: it is never committed, and once a
// real page imports the actions it is not written at all, so the import is then measured
// through the page the browser uses (a finish re-renders it).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The shim's route; run.ts leaves it out of the first-load JS table. */
export const SHIM_ROUTE = "/bench-customer-import";
const ACTIONS_MODULE = /["']@\/lib\/actions\/customer-import["']|["'](\.\.\/)+lib\/actions\/customer-import["']/;

const shimDir = (root: string) => path.join(root, "app", SHIM_ROUTE.slice(1));

/** Whether some file of the app (pages, components) already imports the actions. */
function appImportsActions(root: string): boolean {
  for (const dir of ["app", "components"]) {
    const base = path.join(root, dir);
    if (!existsSync(base)) continue;
    for (const file of readdirSync(base, { recursive: true, encoding: "utf8" })) {
      if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
      if (ACTIONS_MODULE.test(readFileSync(path.join(base, file), "utf8"))) return true;
    }
  }
  return false;
}

/** Writes the shim route when the app has no page for the actions; answers whether it did. */
export function writeImportShim(root: string): boolean {
  // One left behind by a run that was killed mid-build goes first.
  removeImportShim(root);
  if (appImportsActions(root)) return false;
  mkdirSync(shimDir(root), { recursive: true });
  writeFileSync(
    path.join(shimDir(root), "page.tsx"),
    '// Written by lib/bench/customer-import-shim.ts for the benchmark\'s build; never commit it.\nexport { default } from "@/lib/bench/customer-import-page";\n',
  );
  return true;
}

/** Removes the shim route, if there is one; safe to call twice. */
export function removeImportShim(root: string): void {
  rmSync(shimDir(root), { recursive: true, force: true });
}
