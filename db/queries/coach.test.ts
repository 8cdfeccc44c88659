import { expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { expectAppError } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { mapEveryPersona } from "@/lib/testing/journey-seed";
import { LARGE_PLAN, seedPlan } from "@/lib/testing/plan-seed";
import { countingConnection } from "@/lib/testing/query-counter";
import { projectMembers } from "../schema";
import { dismissFinding, getCoachReport, restoreFinding } from "./coach";

const NOW = new Date("2026-06-01T09:00:00Z");
const SMALL = { offerings: 1, personasPerOffering: 1, contentIdeas: 1, socialPlans: 1, campaigns: 1 };

describeEachDatabase("the coach's report", (getConnection) => {
  const db = () => getConnection().db;

  async function team() {
    const owner = await createTestUser(db(), { name: "Olga Owner" });
    const editor = await createTestUser(db(), { name: "Eda Editor" });
    const mentor = await createTestUser(db(), { name: "Mia Mentor" });
    const stranger = await createTestUser(db());
    const { projectId } = await seedPlan(db(), { ownerId: owner.id, size: SMALL });
    await db()
      .insert(projectMembers)
      .values([
        { projectId, userId: editor.id, role: "editor" },
        { projectId, userId: mentor.id, role: "mentor" },
      ]);
    return { owner, editor, mentor, stranger, projectId };
  }

  it("reviews a seeded plan: findings with links, a score and its areas", async () => {
    const { owner, projectId } = await team();
    const report = await getCoachReport({ actor: owner, projectId, now: NOW });
    expect(report.canDismiss).toBe(true);
    expect(report.score).toBeGreaterThan(0);
    expect(report.score).toBeLessThan(100);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) expect(finding.fieldHref.startsWith(`/projects/${projectId}/`)).toBe(true);
    expect(report.areas.map((a) => a.area)).toContain("value_map");
  });

  it("lets owners and editors set a finding aside with a reason that mentors read, and bring it back", async () => {
    const { owner, editor, mentor, stranger, projectId } = await team();
    const before = await getCoachReport({ actor: mentor, projectId, now: NOW });
    expect(before.canDismiss).toBe(false);
    const target = before.findings.find((f) => f.subject !== "")!;

    await expectAppError(
      dismissFinding({ actor: mentor, projectId, rule: target.rule, subject: target.subject, reason: "Not for us" }),
      "forbidden",
    );
    await expectAppError(getCoachReport({ actor: stranger, projectId, now: NOW }), "not_found");
    await expectAppError(
      dismissFinding({ actor: stranger, projectId, rule: target.rule, subject: target.subject, reason: "Not for us" }),
      "not_found",
    );

    await dismissFinding({ actor: editor, projectId, rule: target.rule, subject: target.subject, reason: "Measured in the shop" });
    // Again, by the owner: the reason and who gave it are replaced, not doubled.
    await dismissFinding({ actor: owner, projectId, rule: target.rule, subject: target.subject, reason: "Counted by hand at the till" });
    const seen = await getCoachReport({ actor: mentor, projectId, now: NOW });
    expect(seen.dismissed).toHaveLength(1);
    expect(seen.dismissed[0]).toMatchObject({
      rule: target.rule,
      subject: target.subject,
      dismissal: { reason: "Counted by hand at the till", dismissedBy: "Olga Owner" },
    });
    expect(seen.findings.some((f) => f.rule === target.rule && f.subject === target.subject)).toBe(false);
    expect(seen.score).toBeGreaterThanOrEqual(before.score);

    await expectAppError(restoreFinding({ actor: mentor, projectId, rule: target.rule, subject: target.subject }), "forbidden");
    await restoreFinding({ actor: editor, projectId, rule: target.rule, subject: target.subject });
    const restored = await getCoachReport({ actor: owner, projectId, now: NOW });
    expect(restored.dismissed).toEqual([]);
    expect(restored.score).toBe(before.score);
  });

  it("reviews a plan with a constant number of queries, whatever its size", async () => {
    const owner = await createTestUser(db());
    const small = await seedPlan(db(), { ownerId: owner.id, size: SMALL });
    const large = await seedPlan(db(), { ownerId: owner.id, size: LARGE_PLAN });
    await mapEveryPersona(db(), large.projectId, ["awareness", "consideration", "decision", "retention", "advocacy"]);
    const counting = await countingConnection(getConnection());
    setConnectionForTests(counting.connection);
    const counts: number[] = [];
    for (const { projectId } of [small, large]) {
      counting.queries.length = 0;
      await getCoachReport({ actor: owner, projectId, now: NOW });
      counts.push(counting.queries.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
