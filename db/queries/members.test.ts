import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import type { Database } from "../connect";
import { comments, projectMembers, type MemberRole } from "../schema";
import { changeMemberRole, leaveProject, listMembers, removeMember, transferOwnership } from "./members";
import { createProject } from "./projects";

async function team(db: Database) {
  const owner = await createTestUser(db, { name: "Olga Owner" });
  const editor = await createTestUser(db, { name: "Eva Editor" });
  const mentor = await createTestUser(db, { name: "Mario Mentor" });
  const projectId = await createProject({ actor: owner, details: { name: "Team project", description: "" } });
  await db.insert(projectMembers).values([
    { projectId, userId: editor.id, role: "editor" },
    { projectId, userId: mentor.id, role: "mentor" },
  ]);
  return { owner, editor, mentor, projectId };
}

async function roles(db: Database, projectId: string): Promise<Record<string, MemberRole>> {
  const rows = await db.select().from(projectMembers).where(eq(projectMembers.projectId, projectId));
  return Object.fromEntries(rows.map((r) => [r.userId, r.role]));
}

describeEachDatabase("project members", (getConnection) => {
  it("every member reads the list, owner first, with names, emails, roles and join dates", async () => {
    const { db } = getConnection();
    const { owner, editor, mentor, projectId } = await team(db);
    for (const reader of [owner, editor, mentor]) {
      const members = await listMembers({ actor: reader, projectId });
      expect(members.map((m) => [m.name, m.role])).toEqual([
        ["Olga Owner", "owner"],
        ["Eva Editor", "editor"],
        ["Mario Mentor", "mentor"],
      ]);
      expect(members[0]!.email).toMatch(/@example\.test$/);
      expect(members[0]!.joinedAt).toBeInstanceOf(Date);
    }
  });

  it("the owner switches an editor and a mentor, but not their own role", async () => {
    const { db } = getConnection();
    const { owner, editor, mentor, projectId } = await team(db);
    await changeMemberRole({ actor: owner, projectId, userId: editor.id, role: "mentor" });
    await changeMemberRole({ actor: owner, projectId, userId: mentor.id, role: "editor" });
    expect(await roles(db, projectId)).toEqual({ [owner.id]: "owner", [editor.id]: "mentor", [mentor.id]: "editor" });
    await expect(changeMemberRole({ actor: owner, projectId, userId: owner.id, role: "editor" })).rejects.toMatchObject({
      code: "owner_fixed",
    });
    const stranger = await createTestUser(db);
    await expect(changeMemberRole({ actor: owner, projectId, userId: stranger.id, role: "editor" })).rejects.toMatchObject({
      code: "member_gone",
    });
  });

  it("a transfer leaves exactly one owner, and the previous owner stays on as an editor", async () => {
    const { db } = getConnection();
    const { owner, editor, mentor, projectId } = await team(db);
    await expect(transferOwnership({ actor: owner, projectId, userId: mentor.id })).rejects.toMatchObject({
      code: "transfer_needs_editor",
    });
    await transferOwnership({ actor: owner, projectId, userId: editor.id });
    expect(await roles(db, projectId)).toEqual({ [owner.id]: "editor", [editor.id]: "owner", [mentor.id]: "mentor" });
    // The former owner has lost the right to manage members.
    await expect(transferOwnership({ actor: owner, projectId, userId: editor.id })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("two transfers racing from one owner still leave exactly one owner", async () => {
    const { db } = getConnection();
    const { owner, editor, projectId } = await team(db);
    const second = await createTestUser(db);
    await db.insert(projectMembers).values({ projectId, userId: second.id, role: "editor" });
    await Promise.allSettled([
      transferOwnership({ actor: owner, projectId, userId: editor.id }),
      transferOwnership({ actor: owner, projectId, userId: second.id }),
    ]);
    const owners = Object.values(await roles(db, projectId)).filter((role) => role === "owner");
    expect(owners).toHaveLength(1);
  });

  it("removing a member keeps their comments; the owner cannot be removed", async () => {
    const { db } = getConnection();
    const { owner, mentor, projectId } = await team(db);
    const [comment] = await db
      .insert(comments)
      .values({ projectId, step: 1, authorId: mentor.id, body: "Who buys the archtop?" })
      .returning({ id: comments.id });
    await removeMember({ actor: owner, projectId, userId: mentor.id });
    expect((await roles(db, projectId))[mentor.id]).toBeUndefined();
    const [kept] = await db.select().from(comments).where(eq(comments.id, comment!.id));
    expect(kept).toMatchObject({ authorId: mentor.id, body: "Who buys the archtop?" });
    await expect(removeMember({ actor: owner, projectId, userId: owner.id })).rejects.toMatchObject({ code: "owner_fixed" });
    await expect(removeMember({ actor: owner, projectId, userId: mentor.id })).rejects.toMatchObject({ code: "member_gone" });
  });

  it("editors and mentors may leave; the owner is told to transfer first", async () => {
    const { db } = getConnection();
    const { owner, editor, mentor, projectId } = await team(db);
    await expect(leaveProject({ actor: owner, projectId })).rejects.toMatchObject({ code: "owner_cannot_leave" });
    await leaveProject({ actor: editor, projectId });
    await leaveProject({ actor: mentor, projectId });
    expect(await roles(db, projectId)).toEqual({ [owner.id]: "owner" });
    // Once out, the project is as invisible as any other.
    await expect(listMembers({ actor: mentor, projectId })).rejects.toMatchObject({ code: "not_found" });
  });

  it("editors and mentors get forbidden from every management function, strangers not_found, and nothing changes", async () => {
    const { db } = getConnection();
    const { owner, editor, mentor, projectId } = await team(db);
    const stranger = await createTestUser(db);
    const before = await roles(db, projectId);
    // Thunks: each call starts only when awaited, so no rejection goes unhandled.
    const attempts = (actor: { id: string }, target: string) => [
      () => changeMemberRole({ actor, projectId, userId: target, role: "editor" }),
      () => removeMember({ actor, projectId, userId: target }),
      () => transferOwnership({ actor, projectId, userId: target }),
    ];
    for (const attempt of [...attempts(editor, mentor.id), ...attempts(mentor, editor.id), ...attempts(editor, owner.id)]) {
      await expect(attempt()).rejects.toMatchObject({ code: "forbidden" });
    }
    const strangerAttempts = [
      ...attempts(stranger, editor.id),
      () => leaveProject({ actor: stranger, projectId }),
      () => listMembers({ actor: stranger, projectId }),
    ];
    for (const attempt of strangerAttempts) {
      await expect(attempt()).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await roles(db, projectId)).toEqual(before);
    const [ownerRow] = await db
      .select()
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, owner.id)));
    expect(ownerRow!.role).toBe("owner");
  });
});
