import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { CoachPlan } from "@/lib/coach/model";
import { reviewPlan, type CoachReview, type Dismissal } from "@/lib/coach/review";
import { can, type ProjectRole } from "@/lib/permissions";
import { getDb } from "../client";
import { coachDismissals, customerSegmentValues, users } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { readPlanSnapshot } from "./plan-overview";

export interface CoachReport extends CoachReview {
  project: { id: string; name: string };
  /** Whether the reader may set findings aside and bring them back. */
  canDismiss: boolean;
  role: ProjectRole;
}

/**
 * The coach's review of a project: one read of the plan (a query per table, as the plan page
 * reads it), the customer segments' values and the dismissals, so the number of queries does
 * not grow with the plan. `now` is the reader's day, for validation plans that are late.
 */
export async function getCoachReport({
  actor,
  projectId,
  now = new Date(),
}: {
  actor: Actor;
  projectId: string;
  now?: Date;
}): Promise<CoachReport> {
  const db = await getDb();
  const { role, plan, dismissals } = await db.transaction(
    async (tx) => {
      const role = await requireProjectPermission(tx, actor, projectId, "project.read");
      const [snapshot, segmentValues, dismissals] = await Promise.all([
        readPlanSnapshot(tx, projectId),
        tx
          .select({ segment: customerSegmentValues.segment, potential: customerSegmentValues.potential })
          .from(customerSegmentValues)
          .where(eq(customerSegmentValues.projectId, projectId))
          .orderBy(asc(customerSegmentValues.segment)),
        tx
          .select({
            rule: coachDismissals.rule,
            subject: coachDismissals.subject,
            reason: coachDismissals.reason,
            dismissedBy: users.name,
            createdAt: coachDismissals.createdAt,
          })
          .from(coachDismissals)
          .leftJoin(users, eq(users.id, coachDismissals.dismissedBy))
          .where(eq(coachDismissals.projectId, projectId))
          .orderBy(asc(coachDismissals.createdAt)),
      ]);
      const plan: CoachPlan = { snapshot, segmentValues, today: now.toISOString().slice(0, 10) };
      return { role, plan, dismissals: dismissals satisfies Dismissal[] };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return {
    ...reviewPlan(plan, dismissals),
    project: { id: plan.snapshot.project.id, name: plan.snapshot.project.name },
    canDismiss: can(role, "coach.dismiss"),
    role,
  };
}

/**
 * Sets one finding aside with the team's reason; dismissing it again replaces the reason and
 * who gave it. The rule and reason are validated by the action's schema (lib/validation/coach.ts).
 */
export async function dismissFinding({
  actor,
  projectId,
  rule,
  subject,
  reason,
}: {
  actor: Actor;
  projectId: string;
  rule: string;
  subject: string;
  reason: string;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "coach.dismiss");
    await tx
      .insert(coachDismissals)
      .values({ projectId, rule, subject, reason, dismissedBy: actor.id })
      .onConflictDoUpdate({
        target: [coachDismissals.projectId, coachDismissals.rule, coachDismissals.subject],
        set: { reason, dismissedBy: actor.id, createdAt: new Date() },
      });
  });
}

/** Brings a dismissed finding back: the coach counts it again. */
export async function restoreFinding({
  actor,
  projectId,
  rule,
  subject,
}: {
  actor: Actor;
  projectId: string;
  rule: string;
  subject: string;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "coach.dismiss");
    await tx
      .delete(coachDismissals)
      .where(and(eq(coachDismissals.projectId, projectId), eq(coachDismissals.rule, rule), eq(coachDismissals.subject, subject)));
  });
}
