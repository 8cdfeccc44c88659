import "server-only";
import { and, asc, count, eq, gt, isNull, min, ne, or, sql, type AnyColumn } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "@/lib/errors";
import type { CommentTargetRef } from "@/lib/validation/comments";
import type { Locale } from "@/lib/i18n/locales";
import { channelNameIn } from "@/lib/wizard/channel-labels";
import { stageNameIn } from "@/lib/wizard/stage-labels";
import { commentTargetStep, isStepNumber } from "@/lib/wizard/steps";
import { getDb } from "../client";
import type { Database } from "../connect";
import {
  campaigns,
  comments,
  competitors,
  contentIdeas,
  journeyStages,
  offerings,
  personas,
  projectChannels,
  projectMembers,
  users,
  type CommentTarget,
} from "../schema";
import { requireProjectPermission, type Actor } from "./access";

export interface NewComment {
  step: number;
  target?: CommentTargetRef | null;
  body: string;
}

const TARGET_TABLES = {
  offering: offerings,
  competitor: competitors,
  persona: personas,
  content_idea: contentIdeas,
  campaign: campaigns,
  journey_stage: journeyStages,
} as const;

/** A value-map entry lives inside its persona's row: it is found by its id in the list. */
const holdsValueEntry = (id: string) => sql`${personas.valueMap} @> jsonb_build_array(jsonb_build_object('id', ${id}::text))`;

/** Actions pass zod-checked text; callers that do not still never store a blank comment. */
function cleanBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) throw new AppError("validation", { fieldErrors: { body: "required" } });
  return trimmed;
}

/** The item must be one of this project's, on the step that owns its kind. */
async function assertTarget(db: Database, projectId: string, step: number, target: CommentTargetRef): Promise<void> {
  if (commentTargetStep(target.kind) !== step) throw new AppError("validation", { fieldErrors: { about: "unknown_item" } });
  const table = TARGET_TABLES[target.kind === "value_entry" ? "persona" : target.kind];
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(target.kind === "value_entry" ? holdsValueEntry(target.id) : eq(table.id, target.id), eq(table.projectId, projectId)))
    .limit(1);
  if (!row) throw new AppError("validation", { fieldErrors: { about: "unknown_item" } });
}

export async function addComment(actor: Actor, projectId: string, { step, target, body }: NewComment): Promise<string> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "comment.write");
  if (!isStepNumber(step)) throw new AppError("validation", { fieldErrors: { step: "invalid" } });
  const text = cleanBody(body);
  if (target) await assertTarget(db, projectId, step, target);
  const [row] = await db
    .insert(comments)
    .values({ projectId, step, targetKind: target?.kind ?? null, targetId: target?.id ?? null, authorId: actor.id, body: text })
    .returning({ id: comments.id });
  return row!.id;
}

/** A thread's first comment in this project; replies and other projects' comments are not threads. */
async function findThread(db: Database, projectId: string, commentId: string) {
  const [thread] = await db
    .select({ id: comments.id, step: comments.step, targetKind: comments.targetKind, targetId: comments.targetId })
    .from(comments)
    .where(and(eq(comments.id, commentId), eq(comments.projectId, projectId), isNull(comments.parentId)))
    .limit(1);
  if (!thread) throw new AppError("not_found");
  return thread;
}

export async function replyToComment(actor: Actor, projectId: string, { parentId, body }: { parentId: string; body: string }) {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "comment.write");
  const text = cleanBody(body);
  const parent = await findThread(db, projectId, parentId);
  // A reply takes its thread's step and item, so it is listed and counted with it.
  const [row] = await db
    .insert(comments)
    .values({
      projectId,
      step: parent.step,
      targetKind: parent.targetKind,
      targetId: parent.targetId,
      parentId,
      authorId: actor.id,
      body: text,
    })
    .returning({ id: comments.id });
  return row!.id;
}

async function setResolved(actor: Actor, projectId: string, commentId: string, resolved: boolean): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "comment.resolve");
  await findThread(db, projectId, commentId);
  await db
    .update(comments)
    .set(resolved ? { resolvedAt: new Date(), resolvedBy: actor.id } : { resolvedAt: null, resolvedBy: null })
    .where(eq(comments.id, commentId));
}

export const resolveThread = (actor: Actor, projectId: string, commentId: string) => setResolved(actor, projectId, commentId, true);
export const reopenThread = (actor: Actor, projectId: string, commentId: string) => setResolved(actor, projectId, commentId, false);

export interface CommentView {
  id: string;
  /** Null once the author deleted their account: the reader's language names them "a former member". */
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export interface CommentThread extends CommentView {
  target: { kind: CommentTarget; id: string; label: string | null } | null;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  replies: CommentView[];
}

const author = alias(users, "comment_author");
const resolver = alias(users, "comment_resolver");

/**
 * A campaign has no name of its own: its offering and channel stand for it. A ready-made
 * journey stage is stored as its code, named here in the reader's language.
 */
function targetLabel(
  row: { label: string | null; stageName: string | null; campaignOffering: string | null; campaignChannel: string | null },
  locale: Locale,
): string | null {
  if (row.stageName !== null) return stageNameIn(locale, row.stageName);
  if (row.label !== null || row.campaignChannel === null) return row.label;
  return [row.campaignOffering, channelNameIn(locale, row.campaignChannel)].filter(Boolean).join(" · ");
}

/**
 * Threads of one step, oldest first, in one query whatever their number: each item table is
 * joined on the comment's target, so the label is the item's current name, or null once the
 * item is gone (see targetLabel for a campaign's). `locale` names ready-made channels.
 */
export async function listStepComments(actor: Actor, projectId: string, step: number, locale: Locale): Promise<CommentThread[]> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  const campaignOffering = alias(offerings, "campaign_offering");
  const campaignChannel = alias(projectChannels, "campaign_channel");
  const on = (kind: CommentTarget, id: AnyColumn) => and(eq(comments.targetKind, kind), eq(comments.targetId, id));
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      targetKind: comments.targetKind,
      targetId: comments.targetId,
      body: comments.body,
      createdAt: comments.createdAt,
      resolvedAt: comments.resolvedAt,
      authorName: author.name,
      resolvedByName: resolver.name,
      label: sql<string | null>`coalesce(${offerings.name}, ${competitors.name}, ${personas.name}, ${contentIdeas.topic}, (
        select e->>'text' from ${personas} as vp, jsonb_array_elements(vp.value_map) as e
        where vp.project_id = ${projectId} and ${comments.targetKind} = 'value_entry' and e->>'id' = ${comments.targetId}::text
        limit 1))`,
      stageName: journeyStages.name,
      campaignOffering: campaignOffering.name,
      // Stored as a code for ready-made channels: named below in the reader's language.
      campaignChannel: campaignChannel.name,
    })
    .from(comments)
    // Left: a comment outlives its author's account.
    .leftJoin(author, eq(author.id, comments.authorId))
    .leftJoin(resolver, eq(resolver.id, comments.resolvedBy))
    .leftJoin(offerings, and(on("offering", offerings.id), eq(offerings.projectId, projectId)))
    .leftJoin(competitors, and(on("competitor", competitors.id), eq(competitors.projectId, projectId)))
    .leftJoin(personas, and(on("persona", personas.id), eq(personas.projectId, projectId)))
    .leftJoin(contentIdeas, and(on("content_idea", contentIdeas.id), eq(contentIdeas.projectId, projectId)))
    .leftJoin(campaigns, and(on("campaign", campaigns.id), eq(campaigns.projectId, projectId)))
    .leftJoin(journeyStages, and(on("journey_stage", journeyStages.id), eq(journeyStages.projectId, projectId)))
    .leftJoin(campaignOffering, eq(campaignOffering.id, campaigns.offeringId))
    .leftJoin(campaignChannel, eq(campaignChannel.id, campaigns.channelId))
    .where(and(eq(comments.projectId, projectId), eq(comments.step, step)))
    .orderBy(asc(comments.createdAt), asc(comments.id));

  const threads = new Map<string, CommentThread>();
  for (const row of rows) {
    if (row.parentId) continue;
    threads.set(row.id, {
      id: row.id,
      authorName: row.authorName,
      body: row.body,
      createdAt: row.createdAt,
      target: row.targetKind && row.targetId ? { kind: row.targetKind, id: row.targetId, label: targetLabel(row, locale) } : null,
      resolvedAt: row.resolvedAt,
      resolvedByName: row.resolvedByName,
      replies: [],
    });
  }
  for (const row of rows) {
    if (!row.parentId) continue;
    threads.get(row.parentId)?.replies.push({ id: row.id, authorName: row.authorName, body: row.body, createdAt: row.createdAt });
  }
  return [...threads.values()];
}

/** Unresolved threads per step, for the stepper: one query. */
export async function countOpenThreadsByStep(actor: Actor, projectId: string): Promise<Map<number, number>> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  const rows = await db
    .select({ step: comments.step, open: count() })
    .from(comments)
    .where(and(eq(comments.projectId, projectId), isNull(comments.parentId), isNull(comments.resolvedAt)))
    .groupBy(comments.step);
  return new Map(rows.map((r) => [r.step, r.open]));
}

/**
 * Comments by others since the member last opened a comments panel (all of them before the
 * first time), and the first step that has one, for the header badge: one query.
 */
export async function countNewComments(actor: Actor, projectId: string): Promise<{ count: number; firstStep: number | null }> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  const [row] = await db
    .select({ count: count(comments.id), firstStep: min(comments.step) })
    .from(projectMembers)
    .innerJoin(
      comments,
      and(
        eq(comments.projectId, projectMembers.projectId),
        // A former member's comment (no author) is someone else's too.
        or(isNull(comments.authorId), ne(comments.authorId, projectMembers.userId)),
        or(isNull(projectMembers.lastSeenAt), gt(comments.createdAt, projectMembers.lastSeenAt)),
      ),
    )
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, actor.id)));
  return { count: row?.count ?? 0, firstStep: row?.firstStep ?? null };
}

export async function markCommentsSeen(actor: Actor, projectId: string): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  await db
    .update(projectMembers)
    // The database clock, like comments.createdAt, so "new" compares times from one source.
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, actor.id)));
}
