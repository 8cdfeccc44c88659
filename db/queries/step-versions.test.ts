import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { AppError } from "@/lib/errors";
import type { OfferingsStepInput } from "@/lib/validation/offerings-step";
import { offerings, projectSteps } from "../schema";
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
    const [step] = await db.select({ version: projectSteps.version }).from(projectSteps).where(eq(projectSteps.projectId, projectId));
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
