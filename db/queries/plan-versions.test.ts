import { asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connect";
import { categories, competitors, offerings, planVersions, projectMembers, type MemberRole } from "@/db/schema";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { seedPlan, type PlanSize } from "@/lib/testing/plan-seed";
import { getPlanOverview, planFromSnapshot } from "./plan-overview";
import { compareVersions, getVersion, listVersions, reviewVersion, saveVersion } from "./plan-versions";

const SMALL: PlanSize = { offerings: 2, personasPerOffering: 1, contentIdeas: 2, socialPlans: 1, campaigns: 1 };

async function team(db: Database) {
  const owner = await createTestUser(db, { name: "Marta Gil" });
  const { projectId } = await seedPlan(db, { ownerId: owner.id, size: SMALL });
  const member = async (role: MemberRole) => {
    const user = await createTestUser(db);
    await db.insert(projectMembers).values({ projectId, userId: user.id, role });
    return user;
  };
  return { owner, projectId, editor: await member("editor"), mentor: await member("mentor"), stranger: await createTestUser(db) };
}

const firstRow = async (db: Database, table: typeof offerings | typeof competitors, projectId: string) =>
  (await db.select({ id: table.id }).from(table).where(eq(table.projectId, projectId)).orderBy(asc(table.position)).limit(1))[0]!.id;

describeEachDatabase("plan versions", (getConnection) => {
  it("numbers versions 1, 2, … and lists them newest first, with who saved them", async () => {
    const { db } = getConnection();
    const { owner, editor, projectId } = await team(db);
    expect(await saveVersion(owner, projectId, "  First draft ")).toMatchObject({ number: 1 });
    expect(await saveVersion(editor, projectId, "For the mentor")).toMatchObject({ number: 2 });
    const list = await listVersions(owner, projectId);
    expect(list.map((v) => [v.number, v.name, v.authorName, v.review])).toEqual([
      [2, "For the mentor", expect.any(String), null],
      [1, "First draft", "Marta Gil", null],
    ]);
  });

  it("keeps the plan as it was saved, which reads back as that plan", async () => {
    const { db } = getConnection();
    const { owner, projectId } = await team(db);
    const live = await getPlanOverview({ actor: owner, projectId, locale: "es" });
    const { id } = await saveVersion(owner, projectId, "Antes del cambio");
    await db
      .update(offerings)
      .set({ name: "Renamed later" })
      .where(eq(offerings.id, await firstRow(db, offerings, projectId)));
    const version = await getVersion(owner, projectId, id);
    expect(planFromSnapshot(version.snapshot, "es")).toEqual(live);
  });

  it("gives every concurrent save its own number", async () => {
    const { db } = getConnection();
    const { owner, projectId } = await team(db);
    const saved = await Promise.all(["A", "B", "C", "D"].map((name) => saveVersion(owner, projectId, name)));
    expect(saved.map((s) => s.number).sort()).toEqual([1, 2, 3, 4]);
  });

  it("refuses a blank or long name, and those who may not save, writing nothing", async () => {
    const { db } = getConnection();
    const { mentor, stranger, owner, projectId } = await team(db);
    await expect(saveVersion(owner, projectId, "   ")).rejects.toMatchObject({
      code: "validation",
      details: { fieldErrors: { name: "required" } },
    });
    await expect(saveVersion(owner, projectId, "x".repeat(81))).rejects.toMatchObject({
      code: "validation",
      details: { fieldErrors: { name: "too_long:80" } },
    });
    await expect(saveVersion(mentor, projectId, "Mine")).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveVersion(stranger, projectId, "Mine")).rejects.toMatchObject({ code: "not_found" });
    expect(await db.select().from(planVersions).where(eq(planVersions.projectId, projectId))).toEqual([]);
  });

  it("hides versions from strangers and from other projects", async () => {
    const { db } = getConnection();
    const { owner, stranger, projectId } = await team(db);
    const other = await team(db);
    const { id } = await saveVersion(owner, projectId, "Mine");
    await expect(listVersions(stranger, projectId)).rejects.toMatchObject({ code: "not_found" });
    await expect(getVersion(stranger, projectId, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getVersion(other.owner, other.projectId, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getVersion(owner, projectId, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
    await expect(compareVersions(stranger, projectId, { versionId: id }, "current", "en")).rejects.toMatchObject({ code: "not_found" });
  });

  it("compares two versions per step: added, changed field by field, removed", async () => {
    const { db } = getConnection();
    const { owner, projectId } = await team(db);
    const first = await saveVersion(owner, projectId, "Before");
    const offeringId = await firstRow(db, offerings, projectId);
    const competitorId = await firstRow(db, competitors, projectId);
    const [{ name: oldName }] = (await db.select({ name: offerings.name }).from(offerings).where(eq(offerings.id, offeringId))) as [
      { name: string },
    ];
    await db.update(offerings).set({ name: "Custom guitar", weight: 5 }).where(eq(offerings.id, offeringId));
    await db.delete(competitors).where(eq(competitors.id, competitorId));
    const [added] = await db.insert(categories).values({ projectId, name: "Amplifiers", position: 9 }).returning({ id: categories.id });
    const second = await saveVersion(owner, projectId, "After");

    const { groups } = await compareVersions(owner, projectId, { versionId: first.id }, { versionId: second.id }, "en");
    expect(groups.map((g) => g.group)).toEqual(["offerings", "competitors"]);
    expect(groups[0]!.items).toEqual([
      { kind: "category", id: added!.id, label: "Amplifiers", change: "added", fields: [] },
      {
        kind: "offering",
        id: offeringId,
        label: "Custom guitar",
        change: "changed",
        fields: [
          { field: "name", values: { before: oldName, after: "Custom guitar" } },
          { field: "weight", values: { before: 1, after: 5 } },
        ],
      },
    ]);
    expect(groups[1]!.items).toEqual([expect.objectContaining({ kind: "competitor", id: competitorId, change: "removed", fields: [] })]);

    // Against the plan as it is now: only what changed since.
    await db.update(offerings).set({ categoryId: added!.id }).where(eq(offerings.id, offeringId));
    const now = await compareVersions(owner, projectId, { versionId: second.id }, "current", "en");
    expect(now.groups).toEqual([
      {
        group: "offerings",
        items: [
          expect.objectContaining({
            change: "changed",
            fields: [{ field: "categoryId", values: { before: "Guitars", after: "Amplifiers" } }],
          }),
        ],
      },
    ]);
    expect((await compareVersions(owner, projectId, "current", "current", "en")).groups).toEqual([]);
  });

  it("lets only a mentor review a version, and asks for a note with a request for changes", async () => {
    const { db } = getConnection();
    const { owner, editor, mentor, stranger, projectId } = await team(db);
    const { id } = await saveVersion(owner, projectId, "For review");
    await expect(reviewVersion(owner, projectId, id, "reviewed", "")).rejects.toMatchObject({ code: "forbidden" });
    await expect(reviewVersion(editor, projectId, id, "reviewed", "")).rejects.toMatchObject({ code: "forbidden" });
    await expect(reviewVersion(stranger, projectId, id, "reviewed", "")).rejects.toMatchObject({ code: "not_found" });
    await expect(reviewVersion(mentor, projectId, id, "changes_requested", " ")).rejects.toMatchObject({
      code: "validation",
      details: { fieldErrors: { note: "required" } },
    });
    expect((await getVersion(owner, projectId, id)).review).toBeNull();

    await reviewVersion(mentor, projectId, id, "changes_requested", "Add prices to the campaigns.");
    await reviewVersion(mentor, projectId, id, "reviewed", "Good to send.");
    const [version] = await listVersions(owner, projectId);
    expect(version!.review).toEqual({ status: "reviewed", note: "Good to send.", reviewerName: expect.any(String), at: expect.any(Date) });
    const other = await team(db);
    await expect(reviewVersion(other.mentor, other.projectId, id, "reviewed", "")).rejects.toMatchObject({ code: "not_found" });
  });
});
