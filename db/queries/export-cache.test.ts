import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { seedPlan } from "@/lib/testing/plan-seed";
import type { Connection } from "../connect";
import { exportCache, projects } from "../schema";
import { CACHE_LIMITS, readCachedExport, storeCachedExport } from "./export-cache";

const SMALL = { offerings: 1, personasPerOffering: 1, contentIdeas: 0, socialPlans: 0, campaigns: 0 };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 10, minute));
const bytes = (label: string) => new TextEncoder().encode(label);

/** A new project with its owner, on the suite's database. */
const projectOn = (getConnection: () => Connection) => async () => {
  const { db } = getConnection();
  const owner = await createTestUser(db);
  const { projectId } = await seedPlan(db, { ownerId: owner.id, size: SMALL, name: "Cache" });
  return { actor: owner, projectId };
};

describeEachDatabase("export cache", (getConnection) => {
  const project = projectOn(getConnection);

  it("answers the stored bytes by key, and null for a key it does not hold", async () => {
    const { actor, projectId } = await project();
    await storeCachedExport({ actor, projectId, key: "k1", format: "pdf", bytes: bytes("%PDF one"), now: at(0) });
    expect(await readCachedExport({ actor, projectId, key: "k1", now: at(1) })).toEqual(bytes("%PDF one"));
    expect(await readCachedExport({ actor, projectId, key: "k2", now: at(1) })).toBeNull();
    // Storing a key twice (two instances rendering at once) keeps one row.
    await storeCachedExport({ actor, projectId, key: "k1", format: "pdf", bytes: bytes("%PDF one"), now: at(2) });
    const rows = await getConnection().db.select().from(exportCache).where(eq(exportCache.projectId, projectId));
    expect(rows).toHaveLength(1);
  });

  it("keeps a project's most recently used files and drops the rest", async () => {
    const { actor, projectId } = await project();
    for (let i = 0; i < CACHE_LIMITS.keepPerProject; i++)
      await storeCachedExport({ actor, projectId, key: `k${i}`, format: "pdf", bytes: bytes(`file ${i}`), now: at(i) });
    // Reading the oldest makes it recent: the next store drops k1 instead.
    await readCachedExport({ actor, projectId, key: "k0", now: at(30) });
    await storeCachedExport({ actor, projectId, key: "new", format: "docx", bytes: bytes("PK"), now: at(31) });
    const { db } = getConnection();
    const keys = (await db.select({ key: exportCache.key }).from(exportCache).where(eq(exportCache.projectId, projectId))).map(
      (r) => r.key,
    );
    expect(keys.sort()).toEqual(["k0", "k2", "k3", "k4", "k5", "new"]);
  });

  it("goes with its project, and is closed to strangers", async () => {
    const { actor, projectId } = await project();
    await storeCachedExport({ actor, projectId, key: "k", format: "pdf", bytes: bytes("%PDF"), now: at(0) });
    const { db } = getConnection();
    const stranger = await createTestUser(db);
    await expect(readCachedExport({ actor: stranger, projectId, key: "k", now: at(1) })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      storeCachedExport({ actor: stranger, projectId, key: "x", format: "pdf", bytes: bytes("%PDF"), now: at(1) }),
    ).rejects.toMatchObject({ code: "not_found" });
    await db.delete(projects).where(eq(projects.id, projectId));
    expect(await db.select().from(exportCache).where(eq(exportCache.projectId, projectId))).toEqual([]);
  });
});

// The size cap counts every project's files: on a PostgreSQL shared with other test files, a
// tiny cap would drop their rows, so this runs on its own in-memory database only.
describeEachDatabase(
  "export cache size cap",
  (getConnection) => {
    const project = projectOn(getConnection);

    it("keeps all projects' files under the size cap, the least recently used going first, and never keeps an oversized file", async () => {
      const a = await project();
      const b = await project();
      // A cap of its own: the two projects' newest rows fit, and nothing else.
      const limits = { keepPerProject: 6, maxBytes: 25, maxFileBytes: 12 };
      const store = (p: { actor: { id: string }; projectId: string }, key: string, minute: number, size = 10) =>
        storeCachedExport({ ...p, key, format: "pdf", bytes: new Uint8Array(size), now: at(50 + minute), limits });
      await store(a, "a1", 0);
      await store(b, "b1", 1);
      await store(a, "a2", 2);
      await store(b, "too-big", 3, 13);
      const { db } = getConnection();
      const kept = await db.select({ key: exportCache.key }).from(exportCache);
      expect(kept.map((r) => r.key).sort()).toEqual(["a2", "b1"]);
    });
  },
  { kinds: ["pglite"] },
);
