import "server-only";
import { and, desc, eq, max } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import * as z from "zod/mini";
import { AppError, type FieldErrorMap } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/uuid";
import { saveVersionSchema, versionReviewSchema } from "@/lib/validation/plan-versions";
import { compareSnapshots, type GroupChanges } from "@/lib/versions/compare-snapshots";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { planVersions, users, type ReviewStatus } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { readPlanSnapshot, type PlanSnapshot } from "./plan-overview";

/**
 * The shape of `snapshot` the rows are written in. A change to PlanSnapshot that older rows
 * cannot be read as must raise it, and reading must then convert the older format.
 */
export const SNAPSHOT_FORMAT = 1;

/** How many times a save retries when another save of the same project took its number. */
const SAVE_ATTEMPTS = 5;

export interface VersionSummary {
  id: string;
  number: number;
  name: string;
  authorName: string | null;
  createdAt: Date;
  review: { status: ReviewStatus; note: string; reviewerName: string | null; at: Date | null } | null;
}

export interface VersionView extends VersionSummary {
  snapshot: PlanSnapshot;
}

/** Either side of a comparison: a saved version by id, or the plan as it is now. */
export type CompareSide = { versionId: string } | "current";

export interface VersionComparison {
  groups: GroupChanges[];
}

const author = alias(users, "author");
const reviewer = alias(users, "reviewer");

const summaryColumns = {
  id: planVersions.id,
  number: planVersions.number,
  name: planVersions.name,
  authorName: author.name,
  createdAt: planVersions.createdAt,
  reviewStatus: planVersions.reviewStatus,
  reviewNote: planVersions.reviewNote,
  reviewerName: reviewer.name,
  reviewedAt: planVersions.reviewedAt,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]["_"]["data"] | null } & {
  id: string;
  number: number;
  name: string;
  createdAt: Date;
  reviewNote: string;
};

function toSummary({ reviewStatus, reviewNote, reviewerName, reviewedAt, ...version }: SummaryRow): VersionSummary {
  return { ...version, review: reviewStatus ? { status: reviewStatus, note: reviewNote, reviewerName, at: reviewedAt } : null };
}

function selectVersions(db: Database | Transaction) {
  return db
    .select(summaryColumns)
    .from(planVersions)
    .leftJoin(author, eq(author.id, planVersions.createdBy))
    .leftJoin(reviewer, eq(reviewer.id, planVersions.reviewedBy));
}

/** The data layer refuses what the form refuses, with the same field messages. */
function invalid(error: z.core.$ZodError): AppError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.map(String).join(".") || "root"] ??= issue.message;
  return new AppError("validation", { fieldErrors: fieldErrors as FieldErrorMap });
}

/** True when `error`, or what drizzle wrapped in it, is PostgreSQL refusing a duplicate of the named index. */
function violatesUnique(error: unknown, constraint: string): boolean {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const fields = e as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (fields.code === "23505" && (fields.constraint_name ?? fields.constraint) === constraint) return true;
  }
  return false;
}

/**
 * Freezes the plan as it is now under a name and the next number. Two saves at once may both
 * read the same highest number; the unique index refuses the second, which then tries again
 * with a fresh read (and a fresh snapshot, which is as current as the other one's).
 */
export async function saveVersion(actor: Actor, projectId: string, name: string): Promise<{ id: string; number: number }> {
  const parsed = z.safeParse(saveVersionSchema, { name });
  if (!parsed.success) throw invalid(parsed.error);
  const db = await getDb();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(
        async (tx) => {
          await requireProjectPermission(tx, actor, projectId, "versions.save");
          const snapshot = await readPlanSnapshot(tx, projectId);
          const [highest] = await tx
            .select({ number: max(planVersions.number) })
            .from(planVersions)
            .where(eq(planVersions.projectId, projectId));
          const [saved] = await tx
            .insert(planVersions)
            .values({
              projectId,
              number: (highest?.number ?? 0) + 1,
              name: parsed.data.name,
              format: SNAPSHOT_FORMAT,
              snapshot,
              createdBy: actor.id,
            })
            .returning({ id: planVersions.id, number: planVersions.number });
          return saved!;
        },
        { isolationLevel: "repeatable read" },
      );
    } catch (error) {
      if (attempt >= SAVE_ATTEMPTS || !violatesUnique(error, "plan_versions_project_number_unique")) throw error;
    }
  }
}

/** Every saved version of the project, newest first: anyone who may read the project. */
export async function listVersions(actor: Actor, projectId: string): Promise<VersionSummary[]> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  const rows = await selectVersions(db).where(eq(planVersions.projectId, projectId)).orderBy(desc(planVersions.number));
  return rows.map(toSummary);
}

async function readVersion(db: Database | Transaction, projectId: string, versionId: string): Promise<VersionView> {
  // A version of another project answers like one that does not exist.
  if (!isUuid(versionId)) throw new AppError("not_found");
  const [row] = await selectVersions(db)
    .where(and(eq(planVersions.projectId, projectId), eq(planVersions.id, versionId)))
    .limit(1);
  if (!row) throw new AppError("not_found");
  const [stored] = await db
    .select({ format: planVersions.format, snapshot: planVersions.snapshot })
    .from(planVersions)
    .where(eq(planVersions.id, versionId));
  if (stored!.format !== SNAPSHOT_FORMAT) throw new Error(`plan version ${versionId} has snapshot format ${stored!.format}`);
  return { ...toSummary(row), snapshot: stored!.snapshot as PlanSnapshot };
}

/** One version with the plan as it was saved. */
export async function getVersion(actor: Actor, projectId: string, versionId: string): Promise<VersionView> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "project.read");
  return readVersion(db, projectId, versionId);
}

/**
 * What changed from `from` to `to`, per step: either side a saved version or the plan now.
 * All reads share one snapshot transaction, so "now" cannot move while it is compared.
 */
export async function compareVersions(
  actor: Actor,
  projectId: string,
  from: CompareSide,
  to: CompareSide,
  locale: Locale,
): Promise<VersionComparison> {
  const db = await getDb();
  const [before, after] = await db.transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "project.read");
      const read = async (side: CompareSide) =>
        side === "current" ? readPlanSnapshot(tx, projectId) : (await readVersion(tx, projectId, side.versionId)).snapshot;
      return [await read(from), await read(to)] as const;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return { groups: compareSnapshots(before, after, locale) };
}

/**
 * A mentor's verdict on a saved version. Saying it again replaces it; the version's content
 * never changes, so the verdict stays attached to exactly what was judged.
 */
export async function reviewVersion(actor: Actor, projectId: string, versionId: string, status: ReviewStatus, note: string): Promise<void> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "review.set");
  if (!isUuid(versionId)) throw new AppError("not_found");
  const parsed = z.safeParse(versionReviewSchema, { versionId, status, note });
  if (!parsed.success) throw invalid(parsed.error);
  const updated = await db
    .update(planVersions)
    .set({ reviewStatus: parsed.data.status, reviewNote: parsed.data.note, reviewedBy: actor.id, reviewedAt: new Date() })
    .where(and(eq(planVersions.projectId, projectId), eq(planVersions.id, versionId)))
    .returning({ id: planVersions.id });
  if (updated.length === 0) throw new AppError("not_found");
}
