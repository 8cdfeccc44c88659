import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connect";
import { hashPassword } from "@/lib/auth/password";
import { expectAppError } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { comments, projectMembers, projects, stepReviews, users, type MemberRole } from "../schema";
import { addComment, countNewComments, listStepComments } from "./comments";
import { accountDeletionBlockers, deleteAccount } from "./delete-account";
import { transferOwnership } from "./members";
import { createProject } from "./projects";
import { isSessionCurrent } from "./sessions";
import { getStepReviews, setStepReview } from "./step-reviews";

const PASSWORD = "a long enough passphrase";

describeEachDatabase("deleting an account", (getConnection) => {
  const db = (): Database => getConnection().db;

  /** A user who can sign in with PASSWORD, so the password check is the real one. */
  async function person(name: string) {
    const email = `${name.toLowerCase().replaceAll(" ", ".")}-${randomUUID().slice(0, 8)}@example.test`;
    const { id } = await createTestUser(db(), { name, email });
    await db()
      .update(users)
      .set({ passwordHash: await hashPassword(PASSWORD) })
      .where(eq(users.id, id));
    return { id, email };
  }

  async function join(projectId: string, userId: string, role: MemberRole) {
    await db().insert(projectMembers).values({ projectId, userId, role });
  }

  const project = (actor: { id: string }, name: string) => createProject({ actor, details: { name, description: "" } });
  const exists = async (projectId: string) => (await db().select().from(projects).where(eq(projects.id, projectId))).length === 1;
  const userExists = async (id: string) => (await db().select().from(users).where(eq(users.id, id))).length === 1;

  it("lists owned projects others use as blockers, and solo ones as going with the account", async () => {
    const ana = await person("Ana Owner");
    const eva = await person("Eva Editor");
    const shared = await project(ana, "Bakery");
    const solo = await project(ana, "Allotment");
    const elsewhere = await project(eva, "Eva's shop");
    await join(shared, eva.id, "editor");
    await join(elsewhere, ana.id, "mentor");

    expect(await accountDeletionBlockers({ actor: ana })).toEqual({
      shared: [{ id: shared, name: "Bakery", otherMembers: 1 }],
      solo: [{ id: solo, name: "Allotment", otherMembers: 0 }],
    });
    // Being a mentor or editor elsewhere blocks nothing: leaving is part of the deletion.
    expect(await accountDeletionBlockers({ actor: eva })).toEqual({
      shared: [{ id: elsewhere, name: "Eva's shop", otherMembers: 1 }],
      solo: [],
    });
  });

  it("refuses while a shared project is owned, then deletes once it is handed over", async () => {
    const ana = await person("Ana Owner");
    const eva = await person("Eva Editor");
    const shared = await project(ana, "Bakery");
    const solo = await project(ana, "Allotment");
    await join(shared, eva.id, "editor");

    await expectAppError(deleteAccount({ actor: ana, password: PASSWORD, confirmation: ana.email }), "account_has_shared_projects");
    expect(await userExists(ana.id)).toBe(true);
    expect(await exists(solo)).toBe(true);

    await transferOwnership({ actor: ana, projectId: shared, userId: eva.id });
    expect(await accountDeletionBlockers({ actor: ana })).toMatchObject({ shared: [] });
    const claims = { userId: ana.id, version: 0, sessionId: randomUUID() };
    expect(await isSessionCurrent(claims)).toBe(true);

    // The email is compared as sign-in compares it: trimmed, in any case.
    expect(await deleteAccount({ actor: ana, password: PASSWORD, confirmation: ` ${ana.email.toUpperCase()} ` })).toEqual({
      deletedProjects: [solo],
    });
    expect(await userExists(ana.id)).toBe(false);
    expect(await exists(solo)).toBe(false);
    expect(await exists(shared)).toBe(true);
    expect(
      await db()
        .select({ userId: projectMembers.userId, role: projectMembers.role })
        .from(projectMembers)
        .where(eq(projectMembers.projectId, shared)),
    ).toEqual([{ userId: eva.id, role: "owner" }]);
    // Every cookie the account held is refused from now on.
    expect(await isSessionCurrent(claims)).toBe(false);
  });

  it("changes nothing on a wrong password or a mistyped email, each reported on its field", async () => {
    const ana = await person("Ana Owner");
    const solo = await project(ana, "Allotment");
    const wrong = await expectAppError(deleteAccount({ actor: ana, password: "not my password", confirmation: ana.email }), "validation");
    expect(wrong.details?.fieldErrors).toEqual({ password: "wrong_password" });
    const typo = await expectAppError(deleteAccount({ actor: ana, password: PASSWORD, confirmation: `x${ana.email}` }), "validation");
    expect(typo.details?.fieldErrors).toEqual({ confirmation: "confirmation_mismatch" });
    expect(await userExists(ana.id)).toBe(true);
    expect(await exists(solo)).toBe(true);
    // An account already gone answers like a session that ended.
    await expectAppError(deleteAccount({ actor: { id: randomUUID() }, password: PASSWORD, confirmation: ana.email }), "unauthenticated");
  });

  it("keeps a former member's comments and reviews, shown without a name", async () => {
    const olivia = await person("Olivia Owner");
    const marta = await person("Marta Mentor");
    const projectId = await project(olivia, "Guitar shop");
    await join(projectId, marta.id, "mentor");
    const threadId = await addComment(marta, projectId, { step: 1, body: "Is the price list final?" });
    await addComment(olivia, projectId, { step: 1, body: "Not yet." });
    await setStepReview(marta, projectId, 1, "changes_requested", "Add prices.");

    await deleteAccount({ actor: marta, password: PASSWORD, confirmation: marta.email });

    const threads = await listStepComments(olivia, projectId, 1, "en");
    expect(threads.map((t) => ({ id: t.id, authorName: t.authorName, body: t.body }))).toEqual([
      { id: threadId, authorName: null, body: "Is the price list final?" },
      { id: expect.any(String), authorName: "Olivia Owner", body: "Not yet." },
    ]);
    // Still news to the owner, who has not opened the comments since.
    expect((await countNewComments(olivia, projectId)).count).toBe(1);
    const [comment] = await db().select({ authorId: comments.authorId }).from(comments).where(eq(comments.id, threadId));
    expect(comment).toEqual({ authorId: null });
    expect(await getStepReviews(olivia, projectId)).toMatchObject([{ step: 1, status: "changes_requested", reviewerName: null }]);
    expect((await db().select().from(stepReviews).where(eq(stepReviews.projectId, projectId))).length).toBe(1);
  });
});
