import "server-only";
import { asc, and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { isStepNumber } from "@/lib/wizard/steps";
import { getDb } from "../client";
import { stepReviews, users, type ReviewStatus } from "../schema";
import { requireProjectPermission, type Actor } from "./access";

export interface StepReviewView {
  step: number;
  status: ReviewStatus;
  note: string;
  reviewerName: string | null;
  updatedAt: Date;
}

/** The mentor's verdict on one step; saying it again replaces the earlier one. */
export async function setStepReview(actor: Actor, projectId: string, step: number, status: ReviewStatus, note: string): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "review.set");
  const trimmed = note.trim();
  if (!isStepNumber(step)) throw new AppError("validation", { fieldErrors: { step: "invalid" } });
  if (status === "changes_requested" && !trimmed) throw new AppError("validation", { fieldErrors: { note: "required" } });
  const values = { status, note: trimmed, reviewerId: actor.id, updatedAt: new Date() };
  await db
    .insert(stepReviews)
    .values({ projectId, step, ...values })
    .onConflictDoUpdate({ target: [stepReviews.projectId, stepReviews.step], set: values });
}

/** Every reviewed step of the project (a step without a row is not reviewed yet): one query. */
export async function getStepReviews(actor: Actor, projectId: string): Promise<StepReviewView[]> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return db
    .select({
      step: stepReviews.step,
      status: stepReviews.status,
      note: stepReviews.note,
      reviewerName: users.name,
      updatedAt: stepReviews.updatedAt,
    })
    .from(stepReviews)
    .leftJoin(users, eq(users.id, stepReviews.reviewerId))
    .where(and(eq(stepReviews.projectId, projectId)))
    .orderBy(asc(stepReviews.step));
}
