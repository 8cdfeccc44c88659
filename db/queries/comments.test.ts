import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connect";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import {
  campaigns,
  categories,
  competitors,
  journeyStages,
  offerings,
  personas,
  projectChannels,
  projectMembers,
  type MemberRole,
} from "../schema";
import {
  addComment,
  countNewComments,
  countOpenThreadsByStep,
  listStepComments,
  markCommentsSeen,
  reopenThread,
  replyToComment,
  resolveThread,
} from "./comments";
import { createProject } from "./projects";

async function join(db: Database, projectId: string, role: MemberRole, name?: string) {
  const user = await createTestUser(db, { name });
  await db.insert(projectMembers).values({ projectId, userId: user.id, role });
  return user;
}

/** A project with one offering (step 1), one competitor (step 2) and one persona (step 4). */
async function projectWithItems(db: Database, ownerName = "Olivia Owner") {
  const owner = await createTestUser(db, { name: ownerName });
  const projectId = await createProject({ actor: owner, details: { name: "Guitar shop", description: "" } });
  const [category] = await db.insert(categories).values({ projectId, name: "Lessons", position: 0 }).returning();
  const [offering] = await db
    .insert(offerings)
    .values({ projectId, categoryId: category!.id, name: "Guitar lessons", position: 0 })
    .returning();
  const [competitor] = await db.insert(competitors).values({ projectId, name: "Music Corner", position: 0 }).returning();
  const [persona] = await db
    .insert(personas)
    .values({ projectId, offeringId: offering!.id, name: "Weekend Walter", position: 0 })
    .returning();
  return { owner, projectId, offeringId: offering!.id, competitorId: competitor!.id, personaId: persona!.id };
}

describeEachDatabase("comments", (getConnection) => {
  it("adds comments on a whole step and on one of its items, and lists them as threads with names and labels", async () => {
    const { db } = getConnection();
    const { owner, projectId, personaId } = await projectWithItems(db);
    const mentor = await join(db, projectId, "mentor", "Marta Mentor");
    await addComment(mentor, projectId, { step: 4, body: "  Good start.  " });
    const aboutPersona = await addComment(mentor, projectId, {
      step: 4,
      target: { kind: "persona", id: personaId },
      body: "Walter needs goals.",
    });
    await replyToComment(owner, projectId, { parentId: aboutPersona, body: "Added two." });

    const threads = await listStepComments(owner, projectId, 4, "en");
    expect(threads).toHaveLength(2);
    expect(threads[0]).toMatchObject({ authorName: "Marta Mentor", body: "Good start.", target: null, resolvedAt: null, replies: [] });
    expect(threads[1]).toMatchObject({
      id: aboutPersona,
      target: { kind: "persona", id: personaId, label: "Weekend Walter" },
      replies: [{ authorName: "Olivia Owner", body: "Added two." }],
    });
    expect(await listStepComments(owner, projectId, 1, "en")).toEqual([]);
  });

  it("labels a campaign's thread with its offering and its channel's name in the reader's language", async () => {
    const { db } = getConnection();
    const { owner, projectId, offeringId } = await projectWithItems(db);
    const [channel] = await db.insert(projectChannels).values({ projectId, name: "search_ads", position: 0 }).returning();
    const [campaign] = await db
      .insert(campaigns)
      .values({ projectId, offeringId, kind: "launch", channelId: channel!.id, position: 0 })
      .returning();
    await addComment(owner, projectId, { step: 5, target: { kind: "campaign", id: campaign!.id }, body: "Budget?" });
    const label = async (locale: "en" | "es") => (await listStepComments(owner, projectId, 5, locale))[0]!.target!.label;
    expect(await label("en")).toBe("Guitar lessons · Search ads");
    expect(await label("es")).toBe("Guitar lessons · Anuncios en buscadores");
    await db.delete(campaigns).where(eq(campaigns.id, campaign!.id));
    expect(await label("en")).toBeNull();
  });

  it("talks about one entry of a persona's value map, labelled by its words, and refuses an entry the project lacks", async () => {
    const { db } = getConnection();
    const { owner, projectId, personaId } = await projectWithItems(db);
    const entryId = "00000000-0000-4000-8000-0000000000e1";
    await db
      .update(personas)
      .set({ valueMap: [{ id: entryId, kind: "reliever", text: "Free trial lesson", answers: [], needs: [] }] })
      .where(eq(personas.id, personaId));
    await addComment(owner, projectId, { step: 4, target: { kind: "value_entry", id: entryId }, body: "Say how long it lasts." });
    const [thread] = await listStepComments(owner, projectId, 4, "en");
    expect(thread!.target).toEqual({ kind: "value_entry", id: entryId, label: "Free trial lesson" });

    const other = await projectWithItems(db);
    await expect(
      addComment(other.owner, other.projectId, { step: 4, target: { kind: "value_entry", id: entryId }, body: "Not mine." }),
    ).rejects.toMatchObject({ code: "validation", details: { fieldErrors: { about: "unknown_item" } } });
    // Removed from the map, the entry's thread stays, labelled as gone.
    await db.update(personas).set({ valueMap: [] }).where(eq(personas.id, personaId));
    expect((await listStepComments(owner, projectId, 4, "en"))[0]!.target!.label).toBeNull();
  });

  it("talks about a journey stage on step 4, named in the reader's language or as renamed, and refuses another project's", async () => {
    const { db } = getConnection();
    const { owner, projectId } = await projectWithItems(db);
    const stages = await db.select().from(journeyStages).where(eq(journeyStages.projectId, projectId)).orderBy(journeyStages.position);
    const [awareness, consideration] = stages as [(typeof stages)[number], (typeof stages)[number]];
    await addComment(owner, projectId, { step: 4, target: { kind: "journey_stage", id: awareness.id }, body: "Start earlier?" });
    await db.update(journeyStages).set({ name: "Comparing luthiers" }).where(eq(journeyStages.id, consideration.id));
    await addComment(owner, projectId, { step: 4, target: { kind: "journey_stage", id: consideration.id }, body: "Good name." });
    const labels = async (locale: "en" | "es") => (await listStepComments(owner, projectId, 4, locale)).map((t) => t.target!.label);
    expect(await labels("en")).toEqual(["Awareness", "Comparing luthiers"]);
    expect(await labels("es")).toEqual(["Descubrimiento", "Comparing luthiers"]);
    // A stage belongs to step 4 and to its own project.
    await expect(
      addComment(owner, projectId, { step: 5, target: { kind: "journey_stage", id: awareness.id }, body: "Wrong step." }),
    ).rejects.toMatchObject({ code: "validation", details: { fieldErrors: { about: "unknown_item" } } });
    const other = await projectWithItems(db);
    await expect(
      addComment(other.owner, other.projectId, { step: 4, target: { kind: "journey_stage", id: awareness.id }, body: "Not mine." }),
    ).rejects.toMatchObject({ code: "validation", details: { fieldErrors: { about: "unknown_item" } } });
    await db.delete(journeyStages).where(eq(journeyStages.id, awareness.id));
    expect(await labels("en")).toEqual([null, "Comparing luthiers"]);
  });

  it("refuses an item of another project, an item of another step and a missing item as a field error", async () => {
    const { db } = getConnection();
    const { owner, projectId, offeringId, competitorId } = await projectWithItems(db);
    const other = await projectWithItems(db);
    const cases = [
      { step: 4, target: { kind: "persona" as const, id: other.personaId } },
      { step: 4, target: { kind: "offering" as const, id: offeringId } },
      { step: 1, target: { kind: "competitor" as const, id: competitorId } },
      { step: 5, target: { kind: "campaign" as const, id: offeringId } },
    ];
    for (const { step, target } of cases) {
      await expect(addComment(owner, projectId, { step, target, body: "Hm" })).rejects.toMatchObject({
        code: "validation",
        details: { fieldErrors: { about: "unknown_item" } },
      });
    }
    expect(await countOpenThreadsByStep(owner, projectId)).toEqual(new Map());
  });

  it("replies only to a thread of the same project, inheriting its step and item", async () => {
    const { db } = getConnection();
    const { owner, projectId, offeringId } = await projectWithItems(db);
    const other = await projectWithItems(db);
    const editor = await join(db, projectId, "editor");
    const thread = await addComment(owner, projectId, { step: 1, target: { kind: "offering", id: offeringId }, body: "Price?" });
    const reply = await replyToComment(editor, projectId, { parentId: thread, body: "40 an hour." });
    await expect(replyToComment(owner, projectId, { parentId: reply, body: "Reply to a reply" })).rejects.toMatchObject({
      code: "not_found",
    });
    const foreign = await addComment(other.owner, other.projectId, { step: 1, body: "Theirs" });
    await expect(replyToComment(owner, projectId, { parentId: foreign, body: "Sneaky" })).rejects.toMatchObject({ code: "not_found" });
    const [listed] = await listStepComments(owner, projectId, 1, "en");
    expect(listed!.replies.map((r) => r.body)).toEqual(["40 an hour."]);
    expect(await countOpenThreadsByStep(owner, projectId)).toEqual(new Map([[1, 1]]));
  });

  it("resolves and reopens a thread, and counts only open threads per step", async () => {
    const { db } = getConnection();
    const { owner, projectId, competitorId } = await projectWithItems(db);
    const mentor = await join(db, projectId, "mentor", "Marta Mentor");
    const a = await addComment(mentor, projectId, { step: 2, target: { kind: "competitor", id: competitorId }, body: "Prices?" });
    await addComment(mentor, projectId, { step: 2, body: "Add one more." });
    const c = await addComment(mentor, projectId, { step: 3, body: "Ages?" });
    await replyToComment(owner, projectId, { parentId: c, body: "Done" });
    expect(await countOpenThreadsByStep(owner, projectId)).toEqual(
      new Map([
        [2, 2],
        [3, 1],
      ]),
    );

    await resolveThread(owner, projectId, a);
    const [resolved] = await listStepComments(mentor, projectId, 2, "en");
    expect(resolved!.resolvedAt).toBeInstanceOf(Date);
    expect(resolved!.resolvedByName).toBe("Olivia Owner");
    expect(await countOpenThreadsByStep(owner, projectId)).toEqual(
      new Map([
        [2, 1],
        [3, 1],
      ]),
    );

    await reopenThread(mentor, projectId, a);
    expect((await listStepComments(owner, projectId, 2, "en"))[0]!.resolvedAt).toBeNull();
    expect(await countOpenThreadsByStep(owner, projectId)).toEqual(
      new Map([
        [2, 2],
        [3, 1],
      ]),
    );
  });

  it("counts comments by others since the member last looked, and none after markCommentsSeen", async () => {
    const { db } = getConnection();
    const { owner, projectId } = await projectWithItems(db);
    const mentor = await join(db, projectId, "mentor");
    await addComment(owner, projectId, { step: 1, body: "Mine does not count" });
    expect(await countNewComments(owner, projectId)).toEqual({ count: 0, firstStep: null });

    const thread = await addComment(mentor, projectId, { step: 4, body: "One" });
    await replyToComment(mentor, projectId, { parentId: thread, body: "Two" });
    await addComment(mentor, projectId, { step: 2, body: "Three" });
    // Never looked: everything by others is new.
    expect(await countNewComments(owner, projectId)).toEqual({ count: 3, firstStep: 2 });
    expect(await countNewComments(mentor, projectId)).toEqual({ count: 1, firstStep: 1 });

    await markCommentsSeen(owner, projectId);
    expect(await countNewComments(owner, projectId)).toEqual({ count: 0, firstStep: null });
    await addComment(mentor, projectId, { step: 5, body: "Four" });
    expect(await countNewComments(owner, projectId)).toEqual({ count: 1, firstStep: 5 });
    // Seen is per member.
    expect((await countNewComments(mentor, projectId)).count).toBe(1);
  });

  it("keeps a comment whose item was removed, labelled as gone", async () => {
    const { db } = getConnection();
    const { owner, projectId, competitorId } = await projectWithItems(db);
    await addComment(owner, projectId, { step: 2, target: { kind: "competitor", id: competitorId }, body: "Check their site" });
    await db.delete(competitors).where(eq(competitors.id, competitorId));
    const [thread] = await listStepComments(owner, projectId, 2, "en");
    expect(thread).toMatchObject({ body: "Check their site", target: { kind: "competitor", id: competitorId, label: null } });
    expect(await countOpenThreadsByStep(owner, projectId)).toEqual(new Map([[2, 1]]));
  });

  it("still lists a removed member's comments under their name", async () => {
    const { db } = getConnection();
    const { owner, projectId } = await projectWithItems(db);
    const mentor = await join(db, projectId, "mentor", "Former Mentor");
    await addComment(mentor, projectId, { step: 3, body: "Think about students" });
    await db.delete(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, mentor.id)));
    const [thread] = await listStepComments(owner, projectId, 3, "en");
    expect(thread).toMatchObject({ authorName: "Former Mentor", body: "Think about students" });
    await expect(listStepComments(mentor, projectId, 3, "en")).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers not_found to a stranger in every function", async () => {
    const { db } = getConnection();
    const { owner, projectId } = await projectWithItems(db);
    const thread = await addComment(owner, projectId, { step: 1, body: "Hi" });
    const stranger = await createTestUser(db);
    const attempts = [
      () => addComment(stranger, projectId, { step: 1, body: "Hi" }),
      () => replyToComment(stranger, projectId, { parentId: thread, body: "Hi" }),
      () => resolveThread(stranger, projectId, thread),
      () => reopenThread(stranger, projectId, thread),
      () => listStepComments(stranger, projectId, 1, "en"),
      () => countOpenThreadsByStep(stranger, projectId),
      () => countNewComments(stranger, projectId),
      () => markCommentsSeen(stranger, projectId),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "not_found" });
    expect((await listStepComments(owner, projectId, 1, "en"))[0]!.resolvedAt).toBeNull();
  });
});
