import "server-only";
import os from "node:os";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors";
import type { RenderTask } from "./render-worker";
import { workerBundle } from "./worker-bundle";

// A large plan's PDF takes the CPU for seconds. On the main thread every other request waited
// that long; in a worker thread the server keeps answering. Threads beyond the cores would only
// slow each render, so the number of renders at once is bounded and a few more may wait.

export interface RenderPoolOptions {
  /** Renders at once, each in a thread of its own. */
  maxThreads: number;
  /** Renders that may wait for a thread; past them the pool refuses with "unavailable". */
  maxQueue: number;
  /** How long an idle thread, with its fonts loaded, is kept for the next download. */
  idleTimeoutMs: number;
}

export interface RenderPool {
  render(task: RenderTask): Promise<Uint8Array>;
  /** The renderer's version, for cache keys: see worker-bundle.ts. */
  version(): Promise<string>;
  close(): Promise<void>;
}

export const DEFAULT_POOL_OPTIONS: RenderPoolOptions = {
  // One core stays with the server on a two-core machine: with both taken by renders, other
  // requests waited (health p99 53 ms against a 50 ms target while four large PDFs rendered).
  maxThreads: Math.max(1, Math.min(2, os.availableParallelism() - 1)),
  maxQueue: 4,
  idleTimeoutMs: 120_000,
};

/** The threads are started on the first render, never when the module loads (nor at build time). */
export function createRenderPool(options: RenderPoolOptions = DEFAULT_POOL_OPTIONS, root = process.cwd()): RenderPool {
  let pool: Piscina<RenderTask, Uint8Array> | null = null;
  let inFlight = 0;
  return {
    async render(task) {
      // Counted here, not left to piscina's queue: a render waiting for the bundle counts too.
      if (inFlight >= options.maxThreads + options.maxQueue) throw new AppError("unavailable");
      inFlight++;
      try {
        const { filename } = await workerBundle(root);
        pool ??= new Piscina({
          minThreads: 0,
          maxThreads: options.maxThreads,
          maxQueue: options.maxQueue,
          idleTimeout: options.idleTimeoutMs,
          // A runaway render ends its thread, not the server.
          resourceLimits: { maxOldGenerationSizeMb: 1024 },
          // On two cores the threads share the CPU with the main thread: a lower priority (Linux
          // renices the thread alone) keeps pages and saves quick while a PDF waits a little longer.
          niceIncrement: 10,
        });
        return await pool.run(task, { filename });
      } finally {
        inFlight--;
      }
    },
    version: async () => (await workerBundle(root)).version,
    async close() {
      await pool?.close({ force: true });
      pool = null;
    },
  };
}

// Kept on globalThis: in development Next evaluates this module again after an edit, and a
// second pool would start threads of its own beside the first.
const shared = globalThis as typeof globalThis & { perfilaRenderPool?: RenderPool };

/** The process's pool for plan downloads. */
export function renderPool(): RenderPool {
  shared.perfilaRenderPool ??= createRenderPool();
  return shared.perfilaRenderPool;
}
