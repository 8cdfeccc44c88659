// The coach's timing on the large bench plan (12 offerings, 48 personas with journeys, 100
// content ideas, 50 social plans, 24 campaigns), on an in-memory PGlite:
//
//   npx tsx lib/bench/coach-child.ts
//
// It prints one line, "COACH_RESULT <json>": the median of getCoachReport end to end and of
// the rules alone. Not part of `npm run bench` or the test suite.
import type * as Workload from "./coach-workload";

async function main() {
  // Imported, not required: tsx would compile a static import to require(), which vitest/node refuses.
  const { createVitest } = await import("vitest/node");
  const vitest = await createVitest("test", { config: "lib/testing/vitest.config.mts", watch: false });
  try {
    const workload = await vitest.import<typeof Workload>("/lib/bench/coach-workload.ts");
    process.stdout.write(`COACH_RESULT ${JSON.stringify(await workload.measureCoach())}\n`);
  } finally {
    await vitest.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
