import "server-only";
import { and, count, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "@/lib/errors";
import { isStepNumber } from "@/lib/wizard/steps";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { notifications, projectMembers, projects, users, type NotificationKind } from "../schema";
import { requireProjectPermission, type Actor } from "./access";

/** A mentor told for the first time since they last read this step's news: they may get an email. */
export interface NewlyNotified {
  email: string;
  name: string;
}

export interface StepEvent {
  projectId: string;
  step: number;
  kind: NotificationKind;
  note?: string;
}

/**
 * Tells every mentor of the project but the author that a step changed or is ready again.
 * An unread notification of the same step is updated (latest event, one more event), so a
 * mentor away for a day finds one line per step, not one per save. Callers have already
 * checked the author's permission. Returns the mentors whose notification is new.
 */
export async function notifyMentors(db: Database | Transaction, actor: Actor, event: StepEvent): Promise<NewlyNotified[]> {
  const mentors = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(and(eq(projectMembers.projectId, event.projectId), eq(projectMembers.role, "mentor"), ne(projectMembers.userId, actor.id)));
  if (mentors.length === 0) return [];
  const note = event.note?.trim() ?? "";
  const rows = await db
    .insert(notifications)
    .values(mentors.map((m) => ({ userId: m.id, projectId: event.projectId, step: event.step, kind: event.kind, actorId: actor.id, note })))
    .onConflictDoUpdate({
      target: [notifications.userId, notifications.projectId, notifications.step],
      targetWhere: sql`${notifications.readAt} is null`,
      set: {
        kind: sql`excluded.kind`,
        actorId: sql`excluded.actor_id`,
        // A plain change does not wipe the note the owner left when marking the step ready.
        note: sql`case when excluded.kind = 'step_ready' then excluded.note else ${notifications.note} end`,
        events: sql`${notifications.events} + 1`,
        updatedAt: sql`now()`,
      },
    })
    // xmax is 0 on a row this statement inserted, and set on one it updated.
    .returning({ userId: notifications.userId, inserted: sql<boolean>`(xmax = 0)` });
  const fresh = new Set(rows.filter((r) => r.inserted).map((r) => r.userId));
  return mentors.filter((m) => fresh.has(m.id)).map(({ email, name }) => ({ email, name }));
}

/** After a step save by the owner or an editor: the mentors hear of it. */
export async function notifyStepChanged(actor: Actor, projectId: string, step: number): Promise<NewlyNotified[]> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "step.edit");
  if (!isStepNumber(step)) throw new AppError("validation", { fieldErrors: { step: "invalid" } });
  return notifyMentors(db, actor, { projectId, step, kind: "step_changed" });
}

export interface NotificationView {
  id: string;
  projectId: string;
  projectName: string;
  step: number;
  kind: NotificationKind;
  actorName: string | null;
  note: string;
  events: number;
  updatedAt: Date;
  read: boolean;
}

const actorUser = alias(users, "notification_actor");

/**
 * The user's notifications, unread first, then newest: only for projects they are still a
 * member of, so leaving a project silences it at once.
 */
export async function listNotifications(actor: Actor, { limit = 50 }: { limit?: number } = {}): Promise<NotificationView[]> {
  const db = await getDb();
  return db
    .select({
      id: notifications.id,
      projectId: notifications.projectId,
      projectName: projects.name,
      step: notifications.step,
      kind: notifications.kind,
      actorName: actorUser.name,
      note: notifications.note,
      events: notifications.events,
      updatedAt: notifications.updatedAt,
      read: sql<boolean>`${notifications.readAt} is not null`,
    })
    .from(notifications)
    .innerJoin(projectMembers, and(eq(projectMembers.projectId, notifications.projectId), eq(projectMembers.userId, notifications.userId)))
    .innerJoin(projects, eq(projects.id, notifications.projectId))
    .leftJoin(actorUser, eq(actorUser.id, notifications.actorId))
    .where(eq(notifications.userId, actor.id))
    .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.updatedAt), desc(notifications.id))
    .limit(limit);
}

/** The header bell's number: one indexed count. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .innerJoin(projectMembers, and(eq(projectMembers.projectId, notifications.projectId), eq(projectMembers.userId, notifications.userId)))
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** Marks the caller's unread notification about one step as read (there is at most one). */
export async function markStepNotificationsRead(actor: Actor, projectId: string, step: number): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  await markReadWhere(db, actor, and(eq(notifications.projectId, projectId), eq(notifications.step, step)));
}

export async function markAllNotificationsRead(actor: Actor): Promise<void> {
  const db = await getDb();
  await markReadWhere(db, actor);
}

/** Only the caller's own rows, whatever the filter says. */
export async function markReadWhere(db: Database | Transaction, actor: Actor, filter?: ReturnType<typeof and>): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt), filter));
}
