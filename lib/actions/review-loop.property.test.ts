import { and, eq, isNull } from "drizzle-orm";
import fc from "fast-check";
import { expect, it, vi } from "vitest";
import { safeParse } from "zod/mini";
import { createProject } from "@/db/queries/projects";
import { setStepReview } from "@/db/queries/step-reviews";
import { notifications, projectMembers, stepReviews } from "@/db/schema";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { arb, expectFieldErrors, failOnLoggedErrors } from "@/lib/testing/save-action-properties";
import { stepNotificationSchema } from "@/lib/validation/notifications";
import { MAX_REVIEW_NOTE_LENGTH, stepReadySchema } from "@/lib/validation/step-reviews";
import { markStepNotificationsReadAction } from "./notifications";
import { markStepReadyAction } from "./step-reviews";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const RUNS = { garbage: 120, valid: 25 } as const;

const readyDraftArb = fc.record({ step: fc.integer({ min: 1, max: 5 }), note: arb.text(MAX_REVIEW_NOTE_LENGTH) });

describeEachDatabase("review loop actions, as properties", (getConnection) => {
  const signIn = (user: SessionUser) => vi.mocked(getSessionUser).mockResolvedValue(user);
  const person = async (name: string): Promise<SessionUser> => {
    const { id } = await createTestUser(getConnection().db, { name });
    return { id, name, email: `${id}@example.test` };
  };
  failOnLoggedErrors();

  async function setup() {
    const [owner, editor, mentor] = [await person("Owner"), await person("Editor"), await person("Mentor")];
    const projectId = await createProject({ actor: owner, details: { name: "Properties", description: "" } });
    await getConnection()
      .db.insert(projectMembers)
      .values([
        { projectId, userId: editor.id, role: "editor" },
        { projectId, userId: mentor.id, role: "mentor" },
      ]);
    for (const step of [1, 2, 3, 4, 5]) await setStepReview(mentor, projectId, step, "changes_requested", `Fix step ${step}.`);
    return { owner, editor, mentor, projectId };
  }

  const state = async (projectId: string) => {
    const { db } = getConnection();
    return {
      reviews: await db.select().from(stepReviews).where(eq(stepReviews.projectId, projectId)).orderBy(stepReviews.step),
      notifications: await db.select().from(notifications).where(eq(notifications.projectId, projectId)).orderBy(notifications.id),
    };
  };

  it("refuses whatever is not a valid payload with field errors, and writes nothing", async () => {
    const { owner, projectId } = await setup();
    signIn(owner);
    const before = await state(projectId);
    const stepShaped = fc.record({ step: fc.anything(), note: fc.anything() });
    await fc.assert(
      fc.asyncProperty(arb.garbageWith(stepShaped, fc.record({ step: fc.integer(), note: fc.string() })), async (payload) => {
        fc.pre(!safeParse(stepReadySchema, payload).success);
        expectFieldErrors(await markStepReadyAction(projectId, payload));
      }),
      { numRuns: RUNS.garbage },
    );
    await fc.assert(
      fc.asyncProperty(arb.garbageWith(fc.record({ step: fc.anything() })), async (payload) => {
        fc.pre(!safeParse(stepNotificationSchema, payload).success);
        expectFieldErrors(await markStepNotificationsReadAction(projectId, payload));
      }),
      { numRuns: RUNS.garbage },
    );
    expect(await state(projectId)).toEqual(before);
  });

  it("a valid ready from the owner or an editor is stored trimmed and leaves one unread notification per step for the mentor", async () => {
    const { owner, editor, mentor, projectId } = await setup();
    await fc.assert(
      fc.asyncProperty(readyDraftArb, fc.boolean(), async ({ step, note }, byEditor) => {
        signIn(byEditor ? editor : owner);
        expect(await markStepReadyAction(projectId, { step, note })).toEqual({ ok: true, data: { step } });
        const { reviews, notifications: rows } = await state(projectId);
        const review = reviews.find((r) => r.step === step)!;
        expect(review).toMatchObject({ status: "changes_requested", readyNote: note.trim(), readyBy: byEditor ? editor.id : owner.id });
        const unread = rows.filter((n) => n.step === step && n.readAt === null);
        expect(unread).toHaveLength(1);
        expect(unread[0]).toMatchObject({ userId: mentor.id, kind: "step_ready", note: note.trim() });
      }),
      { numRuns: RUNS.valid },
    );
    // Nobody but the mentor was ever told.
    const told = await getConnection()
      .db.select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.projectId, projectId));
    expect(new Set(told.map((n) => n.userId))).toEqual(new Set([mentor.id]));
  });

  it("refuses the mentor, a stranger and the signed-out for any valid payload, and writes nothing", async () => {
    const { mentor, projectId } = await setup();
    const stranger = await person("Stranger");
    const before = await state(projectId);
    await fc.assert(
      fc.asyncProperty(readyDraftArb, async (payload) => {
        signIn(mentor);
        expect(await markStepReadyAction(projectId, payload)).toEqual({ ok: false, formError: "forbidden" });
        signIn(stranger);
        expect(await markStepReadyAction(projectId, payload)).toEqual({ ok: false, formError: "not_found" });
        expect(await markStepNotificationsReadAction(projectId, { step: payload.step })).toEqual({ ok: false, formError: "not_found" });
        vi.mocked(getSessionUser).mockResolvedValue(null);
        expect(await markStepReadyAction(projectId, payload)).toEqual({ ok: false, formError: "unauthenticated" });
      }),
      { numRuns: RUNS.valid },
    );
    expect(await state(projectId)).toEqual(before);
  });

  it("marking a step's notifications read touches only the caller's unread row of that step", async () => {
    const { owner, mentor, projectId } = await setup();
    signIn(owner);
    for (const step of [1, 2]) expect(await markStepReadyAction(projectId, { step, note: "" })).toMatchObject({ ok: true });
    signIn(mentor);
    expect(await markStepNotificationsReadAction(projectId, { step: 2 })).toEqual({ ok: true, data: { step: 2 } });
    const unread = await getConnection()
      .db.select({ step: notifications.step })
      .from(notifications)
      .where(and(eq(notifications.projectId, projectId), isNull(notifications.readAt)));
    expect(unread).toEqual([{ step: 1 }]);
  });
});
