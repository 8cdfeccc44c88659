import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { notifications, projectMembers } from "../schema";
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markStepNotificationsRead,
  notifyStepChanged,
} from "./notifications";
import { createProject } from "./projects";
import { getStepReviews, markStepReady, setStepReview } from "./step-reviews";

describeEachDatabase("notifications and the ready-again transition", (getConnection) => {
  async function setup() {
    const { db } = getConnection();
    const owner = await createTestUser(db, { name: "Olga Owner" });
    const editor = await createTestUser(db, { name: "Eva Editor" });
    const mentor = await createTestUser(db, { name: "Marta Mentor", email: `marta-${crypto.randomUUID()}@example.test` });
    const secondMentor = await createTestUser(db, { name: "Sam Second" });
    const projectId = await createProject({ actor: owner, details: { name: "Lutería Lorca", description: "" } });
    await db.insert(projectMembers).values([
      { projectId, userId: editor.id, role: "editor" },
      { projectId, userId: mentor.id, role: "mentor" },
      { projectId, userId: secondMentor.id, role: "mentor" },
    ]);
    return { owner, editor, mentor, secondMentor, projectId };
  }

  it("tells every mentor of a change, never the author or the editors, and collapses repeats of one step into one unread", async () => {
    const { owner, editor, mentor, secondMentor, projectId } = await setup();
    const fresh = await notifyStepChanged(owner, projectId, 4);
    expect(fresh.map((m) => m.name).sort()).toEqual(["Marta Mentor", "Sam Second"]);
    expect(fresh[0]!.email).toMatch(/@example\.test$/);
    // Two more saves of step 4: nobody is newly told, so no second email either.
    expect(await notifyStepChanged(editor, projectId, 4)).toEqual([]);
    expect(await notifyStepChanged(owner, projectId, 4)).toEqual([]);
    await notifyStepChanged(owner, projectId, 2);

    const list = await listNotifications(mentor);
    expect(list.map((n) => [n.step, n.kind, n.events, n.read, n.projectName])).toEqual([
      [2, "step_changed", 1, false, "Lutería Lorca"],
      [4, "step_changed", 3, false, "Lutería Lorca"],
    ]);
    expect(list[1]!.actorName).toBe("Olga Owner");
    expect(await countUnreadNotifications(mentor)).toBe(2);
    expect(await countUnreadNotifications(secondMentor)).toBe(2);
    expect(await countUnreadNotifications(owner)).toBe(0);
    expect(await countUnreadNotifications(editor)).toBe(0);
  });

  it("starts a new unread notification after the mentor read the last one", async () => {
    const { owner, mentor, projectId } = await setup();
    await notifyStepChanged(owner, projectId, 1);
    await markStepNotificationsRead(mentor, projectId, 1);
    expect(await countUnreadNotifications(mentor)).toBe(0);
    const fresh = await notifyStepChanged(owner, projectId, 1);
    expect(fresh.map((m) => m.name)).toContain("Marta Mentor");
    const list = await listNotifications(mentor);
    expect(list.map((n) => [n.step, n.read, n.events])).toEqual([
      [1, false, 1],
      [1, true, 1],
    ]);
    await markAllNotificationsRead(mentor);
    expect(await countUnreadNotifications(mentor)).toBe(0);
  });

  it("does not let a mentor announce a change, and answers not_found to outsiders", async () => {
    const { mentor, projectId } = await setup();
    const stranger = await createTestUser(getConnection().db);
    await expect(notifyStepChanged(mentor, projectId, 1)).rejects.toMatchObject({ code: "forbidden" });
    await expect(notifyStepChanged(stranger, projectId, 1)).rejects.toMatchObject({ code: "not_found" });
    await expect(markStepNotificationsRead(stranger, projectId, 1)).rejects.toMatchObject({ code: "not_found" });
    expect(await countUnreadNotifications(mentor)).toBe(0);
  });

  it("marking read touches only the caller's own notifications", async () => {
    const { owner, mentor, secondMentor, projectId } = await setup();
    await notifyStepChanged(owner, projectId, 3);
    await markAllNotificationsRead(mentor);
    expect(await countUnreadNotifications(secondMentor)).toBe(1);
  });

  it("silences a project the mentor has left", async () => {
    const { owner, mentor, projectId } = await setup();
    await notifyStepChanged(owner, projectId, 5);
    await getConnection().db.delete(projectMembers).where(eq(projectMembers.userId, mentor.id));
    expect(await countUnreadNotifications(mentor)).toBe(0);
    expect(await listNotifications(mentor)).toEqual([]);
    // And a later change no longer reaches them.
    await notifyStepChanged(owner, projectId, 5);
    const rows = await getConnection().db.select().from(notifications).where(eq(notifications.userId, mentor.id));
    expect(rows).toHaveLength(1);
  });

  it("lets the owner or an editor mark a step ready only after changes were requested, until the mentor answers", async () => {
    const { owner, editor, mentor, projectId } = await setup();
    await expect(markStepReady(owner, projectId, 4, "")).rejects.toMatchObject({ code: "review_changed" });
    await setStepReview(mentor, projectId, 4, "changes_requested", "Add who pays.");
    await notifyStepChanged(editor, projectId, 4);

    const fresh = await markStepReady(editor, projectId, 4, "  Parents pay; added as influencer. ");
    // The mentor already had an unread change on step 4: it becomes the "ready" news, no new row.
    expect(fresh.map((m) => m.name)).not.toContain("Marta Mentor");
    const [news] = await listNotifications(mentor);
    expect(news).toMatchObject({
      step: 4,
      kind: "step_ready",
      events: 2,
      note: "Parents pay; added as influencer.",
      actorName: "Eva Editor",
    });
    expect((await getStepReviews(owner, projectId))[0]).toMatchObject({
      status: "changes_requested",
      ready: { note: "Parents pay; added as influencer.", byName: "Eva Editor" },
    });
    // Said again by the owner: the note is replaced.
    await markStepReady(owner, projectId, 4, "");
    expect((await getStepReviews(owner, projectId))[0]!.ready).toMatchObject({ note: "", byName: "Olga Owner" });

    // The mentor's new verdict answers it: "ready" is gone and their step 4 news is read.
    await setStepReview(mentor, projectId, 4, "reviewed", "");
    expect((await getStepReviews(owner, projectId))[0]).toMatchObject({ status: "reviewed", ready: null });
    expect(await countUnreadNotifications(mentor)).toBe(0);
    await expect(markStepReady(owner, projectId, 4, "")).rejects.toMatchObject({ code: "review_changed" });
  });

  it("refuses the mentor and outsiders marking a step ready, and tells nobody", async () => {
    const { mentor, secondMentor, projectId } = await setup();
    await setStepReview(mentor, projectId, 2, "changes_requested", "Name the competitors' prices.");
    const stranger = await createTestUser(getConnection().db);
    await expect(markStepReady(secondMentor, projectId, 2, "")).rejects.toMatchObject({ code: "forbidden" });
    await expect(markStepReady(stranger, projectId, 2, "")).rejects.toMatchObject({ code: "not_found" });
    await expect(markStepReady(mentor, projectId, 9, "")).rejects.toMatchObject({ code: "forbidden" });
    expect((await getStepReviews(mentor, projectId))[0]!.ready).toBeNull();
    expect(await countUnreadNotifications(mentor)).toBe(0);
    expect(await countUnreadNotifications(secondMentor)).toBe(0);
  });
});
