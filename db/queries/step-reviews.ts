import "server-only";
import { asc, and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "@/lib/errors";
import { isStepNumber } from "@/lib/wizard/steps";
import { getDb } from "../client";
import { notifications, stepReviews, users, type ReviewStatus } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { markReadWhere, notifyMentors, type NewlyNotified } from "./notifications";

export interface StepReviewView {
  step: number;
  status: ReviewStatus;
  note: string;
  reviewerName: string | null;
  updatedAt: Date;
  /** The owner's or an editor's "done, please look again" after a request for changes. */
  ready: { at: Date; note: string; byName: string | null } | null;
}

function assertStep(step: number) {
  if (!isStepNumber(step)) throw new AppError("validation", { fieldErrors: { step: "invalid" } });
}

/**
 * The mentor's verdict on one step; saying it again replaces the earlier one and answers any
 * "ready again", and the mentor's own news about the step counts as read: they just looked.
 */
export async function setStepReview(actor: Actor, projectId: string, step: number, status: ReviewStatus, note: string): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "review.set");
  const trimmed = note.trim();
  assertStep(step);
  if (status === "changes_requested" && !trimmed) throw new AppError("validation", { fieldErrors: { note: "required" } });
  const values = { status, note: trimmed, reviewerId: actor.id, updatedAt: new Date(), readyAt: null, readyNote: "", readyBy: null };
  await db.transaction(async (tx) => {
    await tx
      .insert(stepReviews)
      .values({ projectId, step, ...values })
      .onConflictDoUpdate({ target: [stepReviews.projectId, stepReviews.step], set: values });
    await markReadWhere(tx, actor, and(eq(notifications.projectId, projectId), eq(notifications.step, step)));
  });
}

/**
 * "Done, please look again": only while the mentor's latest verdict on the step asks for
 * changes (saying it twice updates the note). Every mentor is told. Returns the mentors
 * told for the first time, for an email.
 */
export async function markStepReady(actor: Actor, projectId: string, step: number, note: string): Promise<NewlyNotified[]> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "review.ready");
  assertStep(step);
  const trimmed = note.trim();
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(stepReviews)
      .set({ readyAt: new Date(), readyNote: trimmed, readyBy: actor.id })
      .where(and(eq(stepReviews.projectId, projectId), eq(stepReviews.step, step), eq(stepReviews.status, "changes_requested")))
      .returning({ step: stepReviews.step });
    if (updated.length === 0) throw new AppError("review_changed");
    return notifyMentors(tx, actor, { projectId, step, kind: "step_ready", note: trimmed });
  });
}

const reviewer = alias(users, "reviewer");
const readyUser = alias(users, "ready_by");

/** Every reviewed step of the project (a step without a row is not reviewed yet): one query. */
export async function getStepReviews(actor: Actor, projectId: string): Promise<StepReviewView[]> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  const rows = await db
    .select({
      step: stepReviews.step,
      status: stepReviews.status,
      note: stepReviews.note,
      reviewerName: reviewer.name,
      updatedAt: stepReviews.updatedAt,
      readyAt: stepReviews.readyAt,
      readyNote: stepReviews.readyNote,
      readyByName: readyUser.name,
    })
    .from(stepReviews)
    .leftJoin(reviewer, eq(reviewer.id, stepReviews.reviewerId))
    .leftJoin(readyUser, eq(readyUser.id, stepReviews.readyBy))
    .where(eq(stepReviews.projectId, projectId))
    .orderBy(asc(stepReviews.step));
  return rows.map(({ readyAt, readyNote, readyByName, ...review }) => ({
    ...review,
    ready: readyAt ? { at: readyAt, note: readyNote, byName: readyByName } : null,
  }));
}
