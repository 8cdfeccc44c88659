// Seeds the benchmark's data straight into PostgreSQL with drizzle: 200 users, a large and
// a small plan for the user the pages are read as, and small plans for a second user to
// save (one per connection, for the warm-up and again for the counted run), so that
// concurrent saves never share a step version and the first user's dashboard stays the
// size a real one has.
import { hash } from "@node-rs/argon2";
import { openConnection } from "@/db/connect";
import { users } from "@/db/schema";
import { seedPlan, type PlanSize } from "@/lib/testing/plan-seed";

export const BENCH_PASSWORD = "a long enough bench passphrase";
export const LARGE: PlanSize = { offerings: 12, personasPerOffering: 4, contentIdeas: 200, socialPlans: 50, campaigns: 40 };
export const SMALL: PlanSize = { offerings: 3, personasPerOffering: 2, contentIdeas: 15, socialPlans: 6, campaigns: 3 };

export interface Seeded {
  readerEmail: string;
  saverEmail: string;
  largeProjectId: string;
  smallProjectId: string;
  /** One project per save connection, owned by the saver. */
  saveProjectIds: string[];
  /** A user other than the reader and the saver, and the small plan they own, for the customer import. */
  importerEmail: string;
  importProjectId: string;
}

export async function seed(databaseUrl: string, saveProjects: number): Promise<Seeded> {
  const connection = await openConnection(databaseUrl);
  try {
    const { db } = connection;
    // Argon2id like lib/auth/password.ts (server-only, so not importable here). One hash for
    // all: the users differ by email, and 200 hashes would take longer than the benchmark.
    const passwordHash = await hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const rows = await db
      .insert(users)
      .values(
        Array.from({ length: 200 }, (_, i) => ({
          name: `Bench user ${i + 1}`,
          email: `bench-${i + 1}@example.test`,
          passwordHash,
        })),
      )
      .returning({ id: users.id, email: users.email });
    const reader = rows[0]!;
    const saver = rows[1]!;
    const { projectId: largeProjectId } = await seedPlan(db, { ownerId: reader.id, size: LARGE, name: "Large plan" });
    const { projectId: smallProjectId } = await seedPlan(db, { ownerId: reader.id, size: SMALL, name: "Small plan" });
    const saveProjectIds: string[] = [];
    for (let i = 0; i < saveProjects; i++) {
      const { projectId } = await seedPlan(db, { ownerId: saver.id, size: SMALL, name: `Save target ${i + 1}` });
      saveProjectIds.push(projectId);
    }
    // Other users own a small plan each, so the tables hold more than the measured rows. The
    // first of them imports customers, so that the pages measured read as before.
    const otherProjectIds: string[] = [];
    for (const other of rows.slice(2, 42))
      otherProjectIds.push((await seedPlan(db, { ownerId: other.id, size: SMALL, name: `Plan of ${other.email}` })).projectId);
    return {
      readerEmail: reader.email,
      saverEmail: saver.email,
      largeProjectId,
      smallProjectId,
      saveProjectIds,
      importerEmail: rows[2]!.email,
      importProjectId: otherProjectIds[0]!,
    };
  } finally {
    await connection.close();
  }
}
