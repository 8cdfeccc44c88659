import { expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import type { ReviewStatus } from "@/db/schema";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { countingConnection } from "@/lib/testing/query-counter";
import { comments, projectMembers, projects, projectSteps, stepReviews } from "../schema";
import { listProjectsForUser } from "./projects";

describeEachDatabase("listProjectsForUser", (getConnection, kind) => {
  const db = () => getConnection().db;

  async function projectOf(ownerId: string, name: string): Promise<string> {
    const [project] = await db().insert(projects).values({ name }).returning({ id: projects.id });
    await db().insert(projectMembers).values({ projectId: project!.id, userId: ownerId, role: "owner" });
    return project!.id;
  }

  async function review(projectId: string, statuses: Record<number, ReviewStatus>) {
    await db()
      .insert(stepReviews)
      .values(Object.entries(statuses).map(([step, status]) => ({ projectId, step: Number(step), status })));
  }

  it("gives each member their own role and everyone the owner's name", async () => {
    const owner = await createTestUser(db(), { name: "Marta Gil" });
    const editor = await createTestUser(db(), { name: "Editor" });
    const mentor = await createTestUser(db(), { name: "Mentor" });
    const projectId = await projectOf(owner.id, "Guitarras Lorca");
    await db()
      .insert(projectMembers)
      .values([
        { projectId, userId: editor.id, role: "editor" },
        { projectId, userId: mentor.id, role: "mentor" },
      ]);
    await db()
      .insert(projectSteps)
      .values([
        { projectId, step: 1, completed: true },
        { projectId, step: 2, completed: false },
        { projectId, step: 3, completed: true },
      ]);

    for (const [actor, role] of [
      [owner, "owner"],
      [editor, "editor"],
      [mentor, "mentor"],
    ] as const) {
      const list = await listProjectsForUser({ actor });
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({
        id: projectId,
        name: "Guitarras Lorca",
        role,
        ownerName: "Marta Gil",
        completedSteps: 2,
        reviewStatus: "not_reviewed",
        openThreads: 0,
      });
      expect(list[0]!.updatedAt).toBeInstanceOf(Date);
    }
    expect(await listProjectsForUser({ actor: await createTestUser(db()) })).toEqual([]);
  });

  it("sums the steps' reviews up into the project's status", async () => {
    const owner = await createTestUser(db());
    const cases: [string, Record<number, ReviewStatus>, string][] = [
      ["untouched", {}, "not_reviewed"],
      ["partly reviewed", { 1: "reviewed", 2: "reviewed" }, "in_review"],
      ["all reviewed", { 1: "reviewed", 2: "reviewed", 3: "reviewed", 4: "reviewed", 5: "reviewed" }, "reviewed"],
      ["one change wins", { 1: "reviewed", 2: "reviewed", 3: "changes_requested", 4: "reviewed", 5: "reviewed" }, "changes_requested"],
    ];
    for (const [name, statuses] of cases) {
      const projectId = await projectOf(owner.id, name);
      if (Object.keys(statuses).length > 0) await review(projectId, statuses);
    }
    const byName = new Map((await listProjectsForUser({ actor: owner })).map((p) => [p.name, p.reviewStatus]));
    for (const [name, , expected] of cases) expect(byName.get(name), name).toBe(expected);
  });

  it("counts open top-level threads only: no replies, no resolved threads", async () => {
    const owner = await createTestUser(db());
    const projectId = await projectOf(owner.id, "Talking shop");
    const other = await projectOf(owner.id, "Quiet shop");
    const comment = (fields: { parentId?: string; resolvedAt?: Date } = {}) => ({
      projectId,
      step: 1,
      authorId: owner.id,
      body: "A remark",
      ...fields,
    });
    const [open] = await db().insert(comments).values(comment()).returning({ id: comments.id });
    await db()
      .insert(comments)
      .values([
        comment(),
        comment({ parentId: open!.id }),
        comment({ parentId: open!.id }),
        comment({ resolvedAt: new Date("2026-03-02T09:00:00Z") }),
      ]);

    const counts = new Map((await listProjectsForUser({ actor: owner })).map((p) => [p.id, p.openThreads]));
    expect(counts.get(projectId)).toBe(2);
    expect(counts.get(other)).toBe(0);
  });

  it("reads in one query, for one project and for thirty", async () => {
    const counts: Record<number, number> = {};
    for (const size of [1, 30]) {
      const owner = await createTestUser(db());
      const mentor = await createTestUser(db());
      const rows = await db()
        .insert(projects)
        .values(Array.from({ length: size }, (_, i) => ({ name: `Shop ${i + 1}` })))
        .returning({ id: projects.id });
      await db()
        .insert(projectMembers)
        .values(
          rows.flatMap(({ id }) => [
            { projectId: id, userId: owner.id, role: "owner" as const },
            { projectId: id, userId: mentor.id, role: "mentor" as const },
          ]),
        );
      await db()
        .insert(stepReviews)
        .values(
          rows.map(({ id }, i) => ({ projectId: id, step: 1, status: i % 2 ? ("reviewed" as const) : ("changes_requested" as const) })),
        );

      const counting = await countingConnection(getConnection());
      setConnectionForTests(counting.connection);
      try {
        const list = await listProjectsForUser({ actor: mentor });
        expect(list).toHaveLength(size);
        counts[size] = counting.queries.length;
      } finally {
        setConnectionForTests(getConnection());
      }
    }
    console.log(`[list-projects] ${kind}: queries for 1 and 30 projects: ${JSON.stringify(counts)}`);
    expect(counts).toEqual({ 1: 1, 30: 1 });
  });
});
