import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { duplicateProject } from "@/db/queries/duplicate-project";
import { projectMembers, projects } from "@/db/schema";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { createProjectAction } from "./create-project";
import { updateProjectKindAction } from "./update-project-kind";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

describeEachDatabase("the project's kind of business", (getConnection) => {
  const db = () => getConnection().db;
  const people = {} as Record<"owner" | "editor" | "mentor", SessionUser>;
  const actAs = (who: keyof typeof people) => vi.mocked(getSessionUser).mockResolvedValue(people[who]);
  const kindOf = async (id: string) => (await db().select({ kind: projects.kind }).from(projects).where(eq(projects.id, id)))[0]?.kind;
  const projectCount = async () => (await db().select({ id: projects.id }).from(projects)).length;

  beforeAll(async () => {
    for (const who of ["owner", "editor", "mentor"] as const) {
      const { id } = await createTestUser(db());
      people[who] = { id, name: who, email: `${id}@example.test` };
    }
  });
  beforeEach(() => actAs("owner"));

  /** A project of the owner's, shared with an editor and a mentor. */
  async function sharedProject(kind = "food") {
    const result = await createProjectAction({ name: "Cocina Alameda", description: "", kind });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const projectId = result.data.id;
    await db()
      .insert(projectMembers)
      .values([
        { projectId, userId: people.editor.id, role: "editor" },
        { projectId, userId: people.mentor.id, role: "mentor" },
      ]);
    return projectId;
  }

  it("stores the kind chosen when the project is created", async () => {
    const projectId = await sharedProject("food");
    expect(await kindOf(projectId)).toBe("food");
  });

  it("refuses an unknown kind with a field error and creates nothing", async () => {
    const before = await projectCount();
    for (const kind of ["restaurant", "", "FOOD", null, 3, undefined]) {
      const result = await createProjectAction({ name: "Cocina Alameda", description: "", kind });
      expect(result).toMatchObject({ ok: false, fieldErrors: { kind: expect.any(String) } });
    }
    expect(await projectCount()).toBe(before);
  });

  it("lets the owner and an editor change the kind, and refuses a bad one", async () => {
    const projectId = await sharedProject("food");
    expect(await updateProjectKindAction(projectId, { kind: "consulting" })).toMatchObject({ ok: true });
    actAs("editor");
    expect(await updateProjectKindAction(projectId, { kind: "online_course" })).toMatchObject({ ok: true });
    expect(await updateProjectKindAction(projectId, { kind: "bakery" })).toMatchObject({
      ok: false,
      fieldErrors: { kind: expect.any(String) },
    });
    expect(await kindOf(projectId)).toBe("online_course");
  });

  it("does not let a mentor change the kind", async () => {
    const projectId = await sharedProject("food");
    actAs("mentor");
    expect(await updateProjectKindAction(projectId, { kind: "other" })).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await kindOf(projectId)).toBe("food");
  });

  it("is copied with the project", async () => {
    const projectId = await sharedProject("local_service");
    const copyId = await duplicateProject({ actor: people.owner, projectId, name: "Copy" });
    expect(await kindOf(copyId)).toBe("local_service");
  });

  it("is refused by the database when unknown, whatever the caller", async () => {
    const projectId = await sharedProject("food");
    await expect(
      db()
        .update(projects)
        .set({ kind: "bakery" as "food" })
        .where(eq(projects.id, projectId)),
    ).rejects.toThrow();
  });
});
