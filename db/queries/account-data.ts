import "server-only";
import { asc, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { can } from "@/lib/permissions";
import { getDb } from "../client";
import type { Transaction } from "../connect";
import {
  comments,
  customerImports,
  invitations,
  notifications,
  planVersions,
  projectMembers,
  projects,
  stepReviews,
  users,
  type MemberRole,
} from "../schema";
import type { Actor } from "./access";
import { readPlanSnapshot, type PlanSnapshot } from "./plan-overview";

/** Bumped when the file's shape changes, so whoever reads an old download knows which it is. */
export const ACCOUNT_EXPORT_FORMAT = 1;

interface ExportedProject {
  id: string;
  name: string;
  description: string;
  kind: string;
  role: MemberRole;
  joinedAt: Date;
  /** The answers of every step, for projects the user fills in (owner, editor); null for a mentor's. */
  plan: PlanSnapshot | null;
  /** Saved versions of the plan, by name and number; each one's copy of the plan stays in the app. */
  versions: { number: number; name: string; createdAt: Date; savedByYou: boolean; reviewStatus: string | null; reviewedByYou: boolean }[];
  /** Customer files imported, without their lines: those are the customers' data, not the user's. */
  customerImports: { fileName: string; status: string; importedLines: number; createdAt: Date; importedByYou: boolean }[];
}

export type AccountExport = Awaited<ReturnType<typeof exportAccount>>;

function readProfile(tx: Transaction, actor: Actor) {
  // Every column but the password hash and the session counter, which say nothing about the person.
  return tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      createdAt: users.createdAt,
      reviewGuideDismissedAt: users.reviewGuideDismissedAt,
    })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
}

async function readProjects(tx: Transaction, actor: Actor): Promise<ExportedProject[]> {
  const memberships = await tx
    .select({
      id: projects.id,
      name: projects.name,
      description: projects.description,
      kind: projects.kind,
      role: projectMembers.role,
      joinedAt: projectMembers.createdAt,
    })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(eq(projectMembers.userId, actor.id))
    .orderBy(asc(projects.name), asc(projects.id));
  const ids = memberships.map((m) => m.id);
  if (!ids.length) return [];
  const [versions, imports] = await Promise.all([
    tx
      .select({
        projectId: planVersions.projectId,
        number: planVersions.number,
        name: planVersions.name,
        createdAt: planVersions.createdAt,
        createdBy: planVersions.createdBy,
        reviewStatus: planVersions.reviewStatus,
        reviewedBy: planVersions.reviewedBy,
      })
      .from(planVersions)
      .where(inArray(planVersions.projectId, ids))
      .orderBy(asc(planVersions.number)),
    tx
      .select({
        projectId: customerImports.projectId,
        fileName: customerImports.fileName,
        status: customerImports.status,
        importedLines: customerImports.importedLines,
        createdAt: customerImports.createdAt,
        createdBy: customerImports.createdBy,
      })
      .from(customerImports)
      .where(inArray(customerImports.projectId, ids))
      .orderBy(asc(customerImports.createdAt)),
  ]);
  const projectsOut: ExportedProject[] = [];
  // One project after another: a transaction's queries run on one connection anyway.
  for (const m of memberships) {
    const fills = can(m.role, "step.edit");
    projectsOut.push({
      ...m,
      plan: fills ? await readPlanSnapshot(tx, m.id) : null,
      versions: versions
        .filter((v) => v.projectId === m.id)
        .map((v) => ({
          number: v.number,
          name: v.name,
          createdAt: v.createdAt,
          savedByYou: v.createdBy === actor.id,
          reviewStatus: v.reviewStatus,
          reviewedByYou: v.reviewedBy === actor.id,
        })),
      customerImports: can(m.role, "customers.rows")
        ? imports
            .filter((i) => i.projectId === m.id)
            .map(({ fileName, status, importedLines, createdAt, createdBy }) => ({
              fileName,
              status,
              importedLines,
              createdAt,
              importedByYou: createdBy === actor.id,
            }))
        : [],
    });
  }
  return projectsOut;
}

function readComments(tx: Transaction, actor: Actor) {
  return tx
    .select({
      id: comments.id,
      projectId: comments.projectId,
      projectName: projects.name,
      step: comments.step,
      about: { kind: comments.targetKind, id: comments.targetId },
      replyTo: comments.parentId,
      body: comments.body,
      createdAt: comments.createdAt,
      updatedAt: comments.updatedAt,
      resolvedAt: comments.resolvedAt,
    })
    .from(comments)
    .innerJoin(projects, eq(projects.id, comments.projectId))
    .where(eq(comments.authorId, actor.id))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

/** Verdicts the user gave as a mentor, and "ready for another look" notes they left. */
async function readReviews(tx: Transaction, actor: Actor) {
  const rows = await tx
    .select({
      projectId: stepReviews.projectId,
      projectName: projects.name,
      step: stepReviews.step,
      status: stepReviews.status,
      note: stepReviews.note,
      reviewerId: stepReviews.reviewerId,
      updatedAt: stepReviews.updatedAt,
      readyNote: stepReviews.readyNote,
      readyBy: stepReviews.readyBy,
      readyAt: stepReviews.readyAt,
    })
    .from(stepReviews)
    .innerJoin(projects, eq(projects.id, stepReviews.projectId))
    .where(or(eq(stepReviews.reviewerId, actor.id), eq(stepReviews.readyBy, actor.id)))
    .orderBy(asc(projects.name), asc(stepReviews.step));
  // Only the user's own part of each row: the other side was written by someone else.
  return rows.map(({ reviewerId, readyBy, status, note, updatedAt, readyNote, readyAt, ...where }) => ({
    ...where,
    review: reviewerId === actor.id ? { status, note, updatedAt } : null,
    readyForAnotherLook: readyBy === actor.id ? { note: readyNote, at: readyAt } : null,
  }));
}

/** The addresses are the ones the user typed in; nobody else's address is added. */
function readInvitationsSent(tx: Transaction, actor: Actor) {
  return tx
    .select({
      projectId: invitations.projectId,
      projectName: projects.name,
      email: invitations.email,
      role: invitations.role,
      anyEmail: invitations.anyEmail,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(projects, eq(projects.id, invitations.projectId))
    .where(eq(invitations.invitedBy, actor.id))
    .orderBy(asc(invitations.createdAt));
}

/** Who caused each notification is given by name, as the notifications page shows it. */
function readNotifications(tx: Transaction, actor: Actor) {
  const author = alias(users, "notification_author");
  return tx
    .select({
      projectId: notifications.projectId,
      projectName: projects.name,
      step: notifications.step,
      kind: notifications.kind,
      byName: author.name,
      note: notifications.note,
      events: notifications.events,
      createdAt: notifications.createdAt,
      updatedAt: notifications.updatedAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .innerJoin(projects, eq(projects.id, notifications.projectId))
    .leftJoin(author, eq(author.id, notifications.actorId))
    .where(eq(notifications.userId, actor.id))
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
}

/**
 * Everything Perfila holds about the actor, their own data only, read in one snapshot so the
 * parts agree. `now` is when the download was asked for, written into the file.
 */
export async function exportAccount({ actor, now }: { actor: Actor; now: Date }) {
  const db = await getDb();
  return db.transaction(
    async (tx) => {
      const [profile] = await readProfile(tx, actor);
      const projectList = await readProjects(tx, actor);
      const [commentList, reviews, invitationsSent, notificationList] = await Promise.all([
        readComments(tx, actor),
        readReviews(tx, actor),
        readInvitationsSent(tx, actor),
        readNotifications(tx, actor),
      ]);
      return {
        format: ACCOUNT_EXPORT_FORMAT,
        exportedAt: now,
        profile: profile ?? null,
        projects: projectList,
        comments: commentList,
        reviews,
        invitationsSent,
        notifications: notificationList,
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
