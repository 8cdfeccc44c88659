// Seeds a user and a large plan (12 offerings, 48 personas, 100 content ideas, 50 social
// plans, 24 campaigns) into the database the app would use, to measure or demo the plan
// overview. Run it while no server holds the embedded database:
//
//   PGLITE_DIR=/tmp/perfila-bench npx tsx lib/testing/seed-large-plan.ts bench@example.test "a long enough passphrase"
//
// It prints the project id; sign in with the email and password it was given.
import { hash } from "@node-rs/argon2";
import { openConnection } from "@/db/connect";
import { applyMigrations } from "@/db/migrations-runner";
import { users } from "@/db/schema";
import { LARGE_PLAN, seedPlan } from "./plan-seed";

async function main() {
  const [email = "plan-bench@example.test", password = "a long enough passphrase"] = process.argv.slice(2);
  const connection = await openConnection();
  try {
    await applyMigrations(connection);
    // Argon2id like lib/auth/password.ts (that module is server-only and cannot run here).
    const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const [user] = await connection.db
      .insert(users)
      .values({ name: "Plan benchmark", email: email.toLowerCase(), passwordHash })
      .onConflictDoUpdate({ target: users.email, set: { passwordHash } })
      .returning({ id: users.id });
    const { projectId } = await seedPlan(connection.db, { ownerId: user!.id, size: LARGE_PLAN });
    console.log(JSON.stringify({ email, projectId, size: LARGE_PLAN }));
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
