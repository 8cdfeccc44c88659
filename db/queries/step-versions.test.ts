import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { AppError } from "@/lib/errors";
import { blankCompetitor, EMPTY_DIGITAL_PROFILE } from "@/lib/validation/competitors-step";
import type { OfferingsStepInput } from "@/lib/validation/offerings-step";
import { competitors, offerings, projectChannels, projectSteps } from "../schema";
import { saveCompetitorsStep } from "./competitors-step";
import { getDemographicsStep, saveDemographicsStep } from "./demographics-step";
import { getOfferingsStep, saveOfferingsStep } from "./offerings-step";
import { createProject } from "./projects";

function payload(version: number, label: string): OfferingsStepInput {
  const categoryId = randomUUID();
  return {
    version,
    categories: [{ id: categoryId, name: `Category ${label}` }],
    offerings: [1, 2, 3].map((n) => ({
      id: randomUUID(),
      categoryId,
      name: `${label} offering ${n}`,
      definition: "",
      objective: "",
      weight: 3,
      revenueShare: null,
      tier: "core" as const,
      audience: "",
    })),
  };
}

describeEachDatabase("concurrent saves of one step", (getConnection) => {
  it("lets exactly one of several simultaneous saves win and refuses the rest as conflicts", async () => {
    const { db } = getConnection();
    const owner = await createTestUser(db);
    const editor = await createTestUser(db);
    const projectId = await createProject({ actor: owner, details: { name: "Race", description: "" } });
    // The second member saves too: conflicts are about the step, not about who saves.
    const { projectMembers } = await import("../schema");
    await db.insert(projectMembers).values({ projectId, userId: editor.id, role: "editor" });

    const attempts = await Promise.allSettled(
      ["A", "B", "C", "D", "E", "F"].map((label, i) =>
        saveOfferingsStep({ actor: i % 2 ? editor : owner, projectId, values: payload(0, label) }),
      ),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    const lost = attempts.filter((a) => a.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(5);
    for (const failure of lost) {
      const reason = (failure as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(AppError);
      expect((reason as AppError).code).toBe("conflict");
      expect((reason as AppError).details?.currentVersion).toBe(1);
    }

    // Row level: exactly the winner's three offerings, never a mixture of two payloads.
    const rows = await db.select({ name: offerings.name }).from(offerings).where(eq(offerings.projectId, projectId));
    expect(rows).toHaveLength(3);
    const labels = new Set(rows.map((r) => r.name.split(" ")[0]));
    expect(labels.size).toBe(1);
    // Step 1's row: saving it also records what steps 4 and 5 lack, in rows of their own.
    const [step] = await db
      .select({ version: projectSteps.version })
      .from(projectSteps)
      .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, 1)));
    expect(step?.version).toBe(1);
  });

  it("accepts a deliberate overwrite once the user sends the version they were shown", async () => {
    const { db } = getConnection();
    const owner = await createTestUser(db);
    const projectId = await createProject({ actor: owner, details: { name: "Overwrite", description: "" } });
    await saveOfferingsStep({ actor: owner, projectId, values: payload(0, "Theirs") });
    await expect(saveOfferingsStep({ actor: owner, projectId, values: payload(0, "Mine") })).rejects.toMatchObject({
      code: "conflict",
      details: { currentVersion: 1 },
    });
    const saved = await saveOfferingsStep({ actor: owner, projectId, values: payload(1, "Mine") });
    expect(saved.version).toBe(2);
    const reread = await getOfferingsStep({ actor: owner, projectId });
    expect(reread.offerings.map((o) => o.name)).toEqual(["Mine offering 1", "Mine offering 2", "Mine offering 3"]);
  });
});

describeEachDatabase("a save sent twice under one saveId", (getConnection) => {
  async function stepRows(projectId: string) {
    const { db } = getConnection();
    const names = (await db.select({ name: offerings.name }).from(offerings).where(eq(offerings.projectId, projectId)))
      .map((r) => r.name)
      .sort();
    const [step] = await db
      .select({ version: projectSteps.version, lastSaveId: projectSteps.lastSaveId })
      .from(projectSteps)
      .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, 1)));
    return { names, version: step?.version, lastSaveId: step?.lastSaveId };
  }

  async function freshProject(name: string) {
    const owner = await createTestUser(getConnection().db);
    const projectId = await createProject({ actor: owner, details: { name, description: "" } });
    return { owner, projectId };
  }

  it("applies a double submit once: one version bump and no duplicate new rows", async () => {
    const { owner, projectId } = await freshProject("Double submit");
    const values = payload(0, "Once");
    const saveId = randomUUID();
    const [first, second] = await Promise.all([
      saveOfferingsStep({ actor: owner, projectId, values, saveId }),
      saveOfferingsStep({ actor: owner, projectId, values, saveId }),
    ]);
    // Both callers get the saved step back, with the same server ids.
    expect(first.version).toBe(1);
    expect(second.version).toBe(1);
    expect(second.offerings.map((o) => o.id)).toEqual(first.offerings.map((o) => o.id));
    expect(await stepRows(projectId)).toEqual({
      names: ["Once offering 1", "Once offering 2", "Once offering 3"],
      version: 1,
      lastSaveId: saveId,
    });
  });

  it("answers a retry after a success with the saved step and writes nothing", async () => {
    const { owner, projectId } = await freshProject("Retry");
    const values = payload(0, "Kept");
    const saveId = randomUUID();
    const saved = await saveOfferingsStep({ actor: owner, projectId, values, saveId });
    const before = await stepRows(projectId);
    const retried = await saveOfferingsStep({ actor: owner, projectId, values, saveId });
    expect(retried).toEqual(saved);
    expect(await stepRows(projectId)).toEqual(before);
    // Once someone saves after it, the old attempt is an ordinary conflict again.
    await saveOfferingsStep({ actor: owner, projectId, values: payload(1, "Later"), saveId: randomUUID() });
    await expect(saveOfferingsStep({ actor: owner, projectId, values, saveId })).rejects.toMatchObject({
      code: "conflict",
      details: { currentVersion: 2 },
    });
  });

  it("lets one of two different saves of the same version win and refuses the other", async () => {
    const { owner, projectId } = await freshProject("Two attempts");
    const attempts = await Promise.allSettled(
      ["First", "Second"].map((label) => saveOfferingsStep({ actor: owner, projectId, values: payload(0, label), saveId: randomUUID() })),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const lost = attempts.filter((a) => a.status === "rejected");
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "conflict", details: { currentVersion: 1 } });
    const { names, version } = await stepRows(projectId);
    expect(version).toBe(1);
    expect(names).toHaveLength(3);
    expect(new Set(names.map((n) => n.split(" ")[0])).size).toBe(1);
  });

  it("recognises a retried save on every step, not only step 1", async () => {
    const { owner, projectId } = await freshProject("Every step");
    const saveId = randomUUID();
    const competitorsValues = {
      version: 0,
      competitors: [{ ...blankCompetitor(randomUUID()), name: "Rival" }],
      digitalProfile: EMPTY_DIGITAL_PROFILE,
      channels: [{ id: randomUUID(), name: "instagram" }],
    };
    const [a, b] = await Promise.all([
      saveCompetitorsStep({ actor: owner, projectId, values: competitorsValues, saveId }),
      saveCompetitorsStep({ actor: owner, projectId, values: competitorsValues, saveId }),
    ]);
    expect(a.version).toBe(1);
    expect(b.competitors).toEqual(a.competitors);
    expect(b.channels).toEqual(a.channels);
    const { db } = getConnection();
    expect(await db.select().from(competitors).where(eq(competitors.projectId, projectId))).toHaveLength(1);
    expect(await db.select().from(projectChannels).where(eq(projectChannels.projectId, projectId))).toHaveLength(1);

    const demographics = await getDemographicsStep({ actor: owner, projectId });
    const demographicsValues = { ...demographics, meta: undefined };
    const demographicsId = randomUUID();
    await saveDemographicsStep({ actor: owner, projectId, values: demographicsValues, saveId: demographicsId });
    const again = await saveDemographicsStep({ actor: owner, projectId, values: demographicsValues, saveId: demographicsId });
    expect(again.version).toBe(1);
  });
});
