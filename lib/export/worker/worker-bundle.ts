import "server-only";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";

// The render threads cannot load the renderer's TypeScript the way Next or Vitest do: tsx
// compiles this CommonJS project's files to require(), which cannot load @react-pdf's
// import-only packages. So the worker's entry is bundled here with esbuild (about a quarter
// of a second), as an ES module whose packages stay external and load from node_modules.
// Doing it at run time, not in a build step, makes `next build`, `next dev`, Vitest and a
// fresh clone all work alike.

export interface WorkerBundle {
  /** The bundle's file, under node_modules/.cache so its package imports resolve. */
  filename: string;
  /**
   * A digest of the bundle and of the lockfile: it changes when the renderer's code, its
   * wording or a package it uses does, so a cached file of an older renderer is never served.
   */
  version: string;
}

const ENTRY = "lib/export/worker/render-worker.ts";

/** The threads get the plan as data: a module that may only run in the server build has no place there. */
const refuseServerOnly: Plugin = {
  name: "refuse-server-only",
  setup(bundle) {
    bundle.onResolve({ filter: /^server-only$/ }, (args) => ({
      errors: [{ text: `${args.importer} imports "server-only": the PDF and DOCX threads must not load it` }],
    }));
  },
};

async function makeBundle(root: string): Promise<WorkerBundle> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, ENTRY)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    outfile: "export-worker.mjs",
    logLevel: "silent",
    plugins: [refuseServerOnly],
  });
  const code = result.outputFiles[0]!.contents;
  const lockfile = path.join(root, "package-lock.json");
  const version = createHash("sha256")
    .update(code)
    .update(existsSync(lockfile) ? readFileSync(lockfile) : "")
    .digest("hex")
    .slice(0, 16);
  const directory = path.join(root, "node_modules", ".cache", "perfila");
  const filename = path.join(directory, `export-worker-${version}.mjs`);
  if (!existsSync(filename)) {
    mkdirSync(directory, { recursive: true });
    // Written under a private name and renamed: another instance on this disk may be writing it too.
    const partial = `${filename}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, filename);
  }
  return { filename, version };
}

let bundled: Promise<WorkerBundle> | null = null;

/**
 * The worker bundle of this checkout, made once per process; in development each call makes
 * it again, so an edit to the renderer shows in the next download.
 */
export function workerBundle(root = process.cwd()): Promise<WorkerBundle> {
  if (process.env.NODE_ENV === "development") return makeBundle(root);
  bundled ??= makeBundle(root).catch((error: unknown) => {
    bundled = null;
    throw error;
  });
  return bundled;
}
