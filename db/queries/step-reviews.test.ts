import { expect, it } from "vitest";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { projectMembers } from "../schema";
import { createProject } from "./projects";
import { getStepReviews, setStepReview } from "./step-reviews";

describeEachDatabase("step reviews", (getConnection) => {
  async function setup() {
    const { db } = getConnection();
    const owner = await createTestUser(db);
    const editor = await createTestUser(db);
    const mentor = await createTestUser(db, { name: "Marta Mentor" });
    const projectId = await createProject({ actor: owner, details: { name: "Reviewed", description: "" } });
    await db.insert(projectMembers).values([
      { projectId, userId: editor.id, role: "editor" },
      { projectId, userId: mentor.id, role: "mentor" },
    ]);
    return { owner, editor, mentor, projectId };
  }

  it("lets the mentor request changes, then mark the step reviewed, and every member read it", async () => {
    const { owner, editor, mentor, projectId } = await setup();
    expect(await getStepReviews(owner, projectId)).toEqual([]);
    await setStepReview(mentor, projectId, 4, "changes_requested", "  Add a second persona.  ");
    expect(await getStepReviews(editor, projectId)).toMatchObject([
      { step: 4, status: "changes_requested", note: "Add a second persona.", reviewerName: "Marta Mentor" },
    ]);
    await setStepReview(mentor, projectId, 4, "reviewed", "");
    await setStepReview(mentor, projectId, 1, "reviewed", "Clear.");
    const reviews = await getStepReviews(owner, projectId);
    expect(reviews.map((r) => [r.step, r.status, r.note])).toEqual([
      [1, "reviewed", "Clear."],
      [4, "reviewed", ""],
    ]);
    expect(reviews[0]!.updatedAt).toBeInstanceOf(Date);
  });

  it("forbids the owner and the editor, and needs a note to request changes", async () => {
    const { owner, editor, mentor, projectId } = await setup();
    await expect(setStepReview(owner, projectId, 1, "reviewed", "")).rejects.toMatchObject({ code: "forbidden" });
    await expect(setStepReview(editor, projectId, 1, "reviewed", "")).rejects.toMatchObject({ code: "forbidden" });
    await expect(setStepReview(mentor, projectId, 1, "changes_requested", "   ")).rejects.toMatchObject({
      code: "validation",
      details: { fieldErrors: { note: "required" } },
    });
    expect(await getStepReviews(mentor, projectId)).toEqual([]);
  });

  it("answers not_found to a stranger", async () => {
    const { projectId } = await setup();
    const stranger = await createTestUser(getConnection().db);
    await expect(setStepReview(stranger, projectId, 1, "reviewed", "")).rejects.toMatchObject({ code: "not_found" });
    await expect(getStepReviews(stranger, projectId)).rejects.toMatchObject({ code: "not_found" });
  });
});
