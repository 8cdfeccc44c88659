// One process of the benchmark's exports part, started by exports.ts:
//
//   tsx lib/bench/exports-child.ts prepare <dir>           seeds and saves the large plan
//   node --expose-gc --import tsx lib/bench/exports-child.ts render <format> <dir>
//
// It prints one line, "EXPORTS_RESULT <json>". The work is loaded through Vitest's module
// runner with the unit suite's config: tsx alone cannot load @react-pdf/renderer from the
// project's CommonJS-compiled files (one of its packages exports to `import` only), and the
// runner also gives the "@/" paths and the server-only stub that the export code needs.
// Each render runs in a process of its own, so the memory it reports is that render's.
import type { ExportFormat } from "@/lib/export/plan-export";
import type * as Workload from "./exports-workload";

async function main([mode, ...args]: string[]) {
  // Imported, not required: tsx would compile a static import to require(), which vitest/node refuses.
  const { createVitest } = await import("vitest/node");
  const vitest = await createVitest("test", { config: "lib/testing/vitest.config.mts", watch: false });
  try {
    const workload = await vitest.import<typeof Workload>("/lib/bench/exports-workload.ts");
    const result =
      mode === "prepare" ? await workload.preparePlans(args[0]!) : await workload.renderFormat(args[0] as ExportFormat, args[1]!);
    process.stdout.write(`EXPORTS_RESULT ${JSON.stringify(result)}\n`);
  } finally {
    await vitest.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
