import "server-only";
import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import type { PurchaseLine } from "@/lib/customers/purchase-line";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { getDb } from "../client";
import type { Transaction } from "../connect";
import { customerImports, type CustomerImportMode } from "../schema";
import { requireProjectPermission, type Actor } from "./access";

// An import is a row that batches of lines hang off. The browser starts it, appends its
// batches one after another (any instance may answer each), then finishes or cancels it.
// Nothing counts until it is finished, so a browser that goes away mid-file leaves only a
// running import behind, which the project's next start removes with its lines.

interface ImportRef {
  actor: Actor;
  projectId: string;
  importId: string;
}

/** Starts an import and answers its id; an earlier import still running in the project goes. */
export async function startCustomerImport({
  actor,
  projectId,
  fileName,
  mode,
  expectedLines,
}: {
  actor: Actor;
  projectId: string;
  fileName: string;
  mode: CustomerImportMode;
  expectedLines: number;
}): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "customers.rows");
    await tx.delete(customerImports).where(and(eq(customerImports.projectId, projectId), eq(customerImports.status, "running")));
    // Two starts at the same moment: the second waits for the first and then meets its
    // running row in the partial unique index, and is refused rather than failing.
    const [started] = await tx
      .insert(customerImports)
      .values({ projectId, fileName, mode, expectedLines, createdBy: actor.id })
      .onConflictDoNothing({ target: customerImports.projectId, where: sql`status = 'running'` })
      .returning({ id: customerImports.id });
    if (!started) throw new AppError("conflict");
    return started.id;
  });
}

/**
 * One batch's lines in one statement whatever its size: the batch travels as a single jsonb
 * parameter (postgres.js allows 65,535 parameters, which a multi-row insert of 13 columns
 * would pass at 5,042 lines) and PostgreSQL unpacks it. The record's names are PurchaseLine's.
 */
function insertLines(projectId: string, importId: string, lines: readonly PurchaseLine[]) {
  return sql`
    insert into customer_purchases
      (project_id, import_id, customer_id, purchased_on, amount_cents, quantity, product, channel, city, gender, company, age, extra)
    select ${projectId}::uuid, ${importId}::uuid, l."customerId", l."date", l."amountCents", l."quantity", l."product",
      l."channel", l."city", l."gender", l."company", l."age", coalesce(l."extra", '{}'::jsonb)
    from jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) as l(
      "customerId" text, "date" date, "amountCents" bigint, "quantity" integer, "product" text, "channel" text,
      "city" text, "gender" text, "company" text, "age" smallint, "extra" jsonb)`;
}

/** Every call on an existing import: the right to import, and an id PostgreSQL can compare. */
async function requireImportAccess(tx: Transaction, { actor, projectId, importId }: ImportRef): Promise<void> {
  await requireProjectPermission(tx, actor, projectId, "customers.rows");
  if (!isUuid(importId)) throw new AppError("not_found");
}

/** The import named, if it is the project's and still running, and whatever else must hold. */
const runningImport = ({ projectId, importId }: ImportRef, ...more: (SQL | undefined)[]) =>
  and(eq(customerImports.id, importId), eq(customerImports.projectId, projectId), eq(customerImports.status, "running"), ...more);

/** The import as stored, to say why a batch, a finish or a cancel did not apply; none when it is gone. */
async function findImport(tx: Transaction, projectId: string, importId: string) {
  const [row] = await tx
    .select({
      status: customerImports.status,
      importedLines: customerImports.importedLines,
      expectedLines: customerImports.expectedLines,
      lastBatchId: customerImports.lastBatchId,
    })
    .from(customerImports)
    .where(and(eq(customerImports.id, importId), eq(customerImports.projectId, projectId)));
  return row;
}

/**
 * Stores one batch and answers how many lines the import now holds. The count is bumped
 * first, which locks the import's row: a cancel or a restart waits for the batch and then
 * removes it whole. `batchId` names the attempt, so a batch sent again after its answer was
 * lost is answered, not stored twice.
 */
export async function appendCustomerLines({
  lines,
  batchId,
  ...ref
}: ImportRef & { lines: readonly PurchaseLine[]; batchId?: string }): Promise<{ importedLines: number }> {
  const { projectId, importId } = ref;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireImportAccess(tx, ref);
    const [bumped] = await tx
      .update(customerImports)
      .set({ importedLines: sql`${customerImports.importedLines} + ${lines.length}`, lastBatchId: batchId ?? null })
      .where(
        runningImport(
          ref,
          sql`${customerImports.importedLines} + ${lines.length} <= ${customerImports.expectedLines}`,
          batchId ? sql`${customerImports.lastBatchId} is distinct from ${batchId}` : undefined,
        ),
      )
      .returning({ importedLines: customerImports.importedLines });
    if (bumped) {
      await tx.execute(insertLines(projectId, importId, lines));
      return bumped;
    }
    // Gone: cancelled, replaced by a newer start, or never this project's.
    const stored = await findImport(tx, projectId, importId);
    if (!stored) throw new AppError("not_found");
    if (stored.status === "done") throw new AppError("conflict");
    if (batchId && stored.lastBatchId === batchId) return { importedLines: stored.importedLines };
    // More lines than the import announced: the file changed under the browser, or a batch was sent twice without its id.
    throw new AppError("validation", { fieldErrors: { lines: `too_many:${stored.expectedLines - stored.importedLines}` } });
  });
}

/**
 * Makes a complete import count. A replacing import removes every other import of the project
 * (and their lines) in the same transaction, so readers see the old data or the new, never
 * both or neither. Finishing again answers as the first time did.
 */
export async function finishCustomerImport(ref: ImportRef): Promise<{ importedLines: number }> {
  const { projectId, importId } = ref;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireImportAccess(tx, ref);
    const [finished] = await tx
      .update(customerImports)
      .set({ status: "done" })
      .where(runningImport(ref, eq(customerImports.importedLines, customerImports.expectedLines)))
      .returning({ mode: customerImports.mode, importedLines: customerImports.importedLines });
    if (!finished) {
      const stored = await findImport(tx, projectId, importId);
      if (!stored) throw new AppError("not_found");
      if (stored.status === "done") return { importedLines: stored.importedLines };
      // A batch is missing: counting part of a file would mislead every score drawn from it.
      throw new AppError("conflict");
    }
    if (finished.mode === "replace") {
      await tx.delete(customerImports).where(and(eq(customerImports.projectId, projectId), ne(customerImports.id, importId)));
    }
    return { importedLines: finished.importedLines };
  });
}

/**
 * Removes a running import and the lines it holds. A finished import is the project's data and
 * is not cancelled (deleting it is the owner's wipe); one already gone answers false.
 */
export async function cancelCustomerImport(ref: ImportRef): Promise<{ cancelled: boolean }> {
  const { projectId, importId } = ref;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireImportAccess(tx, ref);
    const removed = await tx.delete(customerImports).where(runningImport(ref)).returning({ id: customerImports.id });
    if (removed.length) return { cancelled: true };
    // Still there, so finished: a cancel that arrives after the finish must not wipe the data.
    if (await findImport(tx, projectId, importId)) throw new AppError("conflict");
    return { cancelled: false };
  });
}
