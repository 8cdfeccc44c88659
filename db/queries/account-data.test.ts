import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { LARGE_PLAN, seedPlan } from "@/lib/testing/plan-seed";
import { invitations, projectMembers } from "../schema";
import { exportAccount } from "./account-data";
import { addComment } from "./comments";
import { notifyStepChanged } from "./notifications";
import { createProject } from "./projects";
import { setStepReview } from "./step-reviews";

const NOW = new Date("2026-12-07T10:00:00Z");

describeEachDatabase("account export", (getConnection) => {
  it("holds the user's profile, projects with their plans, and what they wrote, as JSON", async () => {
    const { db } = getConnection();
    const owner = await createTestUser(db, { name: "Olivia Owner" });
    const mentor = await createTestUser(db, { name: "Marta Mentor", email: `marta-${owner.id}@example.test` });
    const { projectId } = await seedPlan(db, {
      ownerId: owner.id,
      size: { ...LARGE_PLAN, offerings: 1, contentIdeas: 2, socialPlans: 1, campaigns: 1 },
    });
    await db.insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    const mentorsOwn = await createProject({ actor: mentor, details: { name: "Marta's studio", description: "" } });
    await db.insert(invitations).values({
      projectId,
      email: "someone@example.test",
      role: "editor",
      tokenHash: `hash-${owner.id}`,
      invitedBy: owner.id,
      expiresAt: NOW,
    });
    await addComment(mentor, projectId, { step: 1, body: "Which offering sells best?" });
    await addComment(owner, projectId, { step: 1, body: "Lessons." });
    await setStepReview(mentor, projectId, 1, "reviewed", "Clear.");
    await notifyStepChanged(owner, projectId, 2);

    const mine = JSON.parse(JSON.stringify(await exportAccount({ actor: mentor, now: NOW }))) as Record<string, unknown>;
    expect(mine).toMatchObject({
      format: 1,
      exportedAt: NOW.toISOString(),
      profile: { id: mentor.id, name: "Marta Mentor", email: `marta-${owner.id}@example.test` },
      comments: [{ projectId, step: 1, body: "Which offering sells best?", replyTo: null }],
      reviews: [{ projectId, step: 1, review: { status: "reviewed", note: "Clear." }, readyForAnotherLook: null }],
      invitationsSent: [],
      notifications: [{ projectId, step: 2, kind: "step_changed", byName: "Olivia Owner" }],
    });
    expect(JSON.stringify(mine)).not.toContain("passwordHash");
    expect(JSON.stringify(mine)).not.toContain("not-a-real-hash");
    const projectsOfMentor = mine.projects as { id: string; role: string; plan: unknown }[];
    // By name: a project they only advise on comes without its plan, their own with it.
    expect(projectsOfMentor.map((p) => [p.id, p.role, p.plan === null])).toEqual([
      [projectId, "mentor", true],
      [mentorsOwn, "owner", false],
    ]);

    const owners = await exportAccount({ actor: owner, now: NOW });
    expect(owners.projects).toHaveLength(1);
    expect(owners.projects[0]!.plan!.offerings).toHaveLength(1);
    expect(owners.projects[0]!.plan!.project).toMatchObject({ id: projectId, name: "Guitarras Lorca" });
    expect(owners.comments.map((c) => c.body)).toEqual(["Lessons."]);
    expect(owners.invitationsSent).toMatchObject([{ projectId, email: "someone@example.test", role: "editor" }]);
    // Nothing of the mentor's beyond what the owner already sees: no address of theirs.
    expect(JSON.stringify(owners)).not.toContain(`marta-${owner.id}`);
    expect(owners.reviews).toEqual([]);
  });
});
