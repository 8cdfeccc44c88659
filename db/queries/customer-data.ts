import "server-only";
import { and, asc, desc, eq, sql, type AnyColumn } from "drizzle-orm";
import type { PurchaseLine } from "@/lib/customers/purchase-line";
import type { CustomerSummary } from "@/lib/customers/customer-summary";
import type { Segment } from "@/lib/customers/segments";
import { can } from "@/lib/permissions";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { customerImports, customerPurchases, customerSegmentValues, type CustomerImportMode } from "../schema";
import { requireProjectPermission, type Actor } from "./access";

// What the project's customer data says, read from finished imports only: a running import's
// lines are half a file and count nowhere.

export interface SegmentValue {
  segment: string;
  potential: number | null;
  note: string;
}

export interface CustomerData {
  /** The latest finished import, for "last imported: file, lines, when". */
  lastImport: { fileName: string; importedLines: number; createdAt: Date; mode: CustomerImportMode } | null;
  customers: CustomerSummary[];
  /** Lines of every finished import. */
  lineCount: number;
  segmentValues: SegmentValue[];
}

/** Lines a check table shows at most: enough to recognise the file, not a way to download it. */
export const MAX_LISTED_LINES = 200;

const doneLines = (projectId: string) => and(eq(customerPurchases.projectId, projectId), eq(customerImports.status, "done"));

/**
 * `mode()` takes the first of equally frequent values in its order; in code-point order
 * (collate "C"), as summariseCustomers breaks ties, whatever the database's own collation.
 */
const mostFrequent = (column: AnyColumn) =>
  sql<string | null>`mode() within group (order by ${column} collate "C") filter (where ${column} <> '')`;

/** Every customer of the project's finished imports, in one aggregate query, by customer id. */
export async function readCustomerSummaries(db: Database | Transaction, projectId: string): Promise<CustomerSummary[]> {
  const p = customerPurchases;
  const rows = await db
    .select({
      customerId: p.customerId,
      // As text: a date through an aggregate skips the column's own mapping, and drivers differ.
      firstDate: sql<string>`min(${p.purchasedOn})::text`,
      lastDate: sql<string>`max(${p.purchasedOn})::text`,
      orders: sql<number>`count(distinct ${p.purchasedOn})::int`,
      revenueCents: sql<number>`sum(${p.amountCents})`.mapWith(Number),
      product: mostFrequent(p.product),
      channel: mostFrequent(p.channel),
      city: mostFrequent(p.city),
      gender: mostFrequent(p.gender),
      company: mostFrequent(p.company),
      age: sql<
        string | null
      >`((array_agg(${p.age} order by ${p.purchasedOn} desc, ${p.age} desc) filter (where ${p.age} is not null))[1])::text`,
    })
    .from(p)
    .innerJoin(customerImports, eq(customerImports.id, p.importId))
    .where(doneLines(projectId))
    .groupBy(p.customerId)
    .orderBy(sql`${p.customerId} collate "C"`);
  return rows.map(({ customerId, firstDate, lastDate, orders, revenueCents, ...traits }) => ({
    customerId,
    firstDate,
    lastDate,
    orders,
    revenueCents,
    traits: {
      product: traits.product,
      channel: traits.channel,
      city: traits.city,
      age: traits.age,
      gender: traits.gender,
      company: traits.company,
    },
  }));
}

/**
 * The customers page's data, for every member. A mentor gets the same sums under stand-in ids
 * ("#1", "#2"…): a customer id as the file writes it is often a name or an email, and those
 * who only advise see aggregates, not who the customers are.
 */
export async function getCustomerData({ actor, projectId }: { actor: Actor; projectId: string }): Promise<CustomerData> {
  const db = await getDb();
  // One snapshot: a replacing import finished between two reads would mix old and new counts.
  return db.transaction(
    async (tx) => {
      const role = await requireProjectPermission(tx, actor, projectId, "project.read");
      const lastImport = await readLastImport(tx, projectId);
      const summaries = await readCustomerSummaries(tx, projectId);
      const segmentValues = await tx
        .select({ segment: customerSegmentValues.segment, potential: customerSegmentValues.potential, note: customerSegmentValues.note })
        .from(customerSegmentValues)
        .where(eq(customerSegmentValues.projectId, projectId))
        .orderBy(asc(customerSegmentValues.segment));
      const customers = can(role, "customers.rows") ? summaries : summaries.map((c, i) => ({ ...c, customerId: `#${i + 1}` }));
      return { lastImport: lastImport?.details ?? null, customers, lineCount: lastImport?.lineCount ?? 0, segmentValues };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** The latest finished import, and the lines of all of them beside it (a window over the same rows). */
async function readLastImport(tx: Transaction, projectId: string) {
  const [last] = await tx
    .select({
      fileName: customerImports.fileName,
      importedLines: customerImports.importedLines,
      createdAt: customerImports.createdAt,
      mode: customerImports.mode,
      lineCount: sql<number>`sum(${customerImports.importedLines}) over ()`.mapWith(Number),
    })
    .from(customerImports)
    .where(and(eq(customerImports.projectId, projectId), eq(customerImports.status, "done")))
    .orderBy(desc(customerImports.createdAt), desc(customerImports.id))
    .limit(1);
  if (!last) return undefined;
  const { lineCount, ...details } = last;
  return { details, lineCount };
}

/** The first stored lines of the finished imports, as the file gave them, for the owner's own check. */
export async function listCustomerLines({
  actor,
  projectId,
  limit,
}: {
  actor: Actor;
  projectId: string;
  limit: number;
}): Promise<PurchaseLine[]> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "customers.rows");
  const p = customerPurchases;
  return db
    .select({
      customerId: p.customerId,
      date: p.purchasedOn,
      amountCents: p.amountCents,
      quantity: p.quantity,
      product: p.product,
      channel: p.channel,
      city: p.city,
      age: p.age,
      gender: p.gender,
      company: p.company,
      extra: p.extra,
    })
    .from(p)
    .innerJoin(customerImports, eq(customerImports.id, p.importId))
    .where(doneLines(projectId))
    .orderBy(asc(p.id))
    .limit(Math.min(Math.max(Math.trunc(limit), 1), MAX_LISTED_LINES));
}

/** The owner's estimate of a segment's potential (1–5, or not rated) and why. */
export async function saveSegmentValue({
  actor,
  projectId,
  segment,
  potential,
  note,
}: {
  actor: Actor;
  projectId: string;
  segment: Segment;
  potential: number | null;
  note: string;
}): Promise<SegmentValue> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "step.edit");
    const [saved] = await tx
      .insert(customerSegmentValues)
      .values({ projectId, segment, potential, note })
      .onConflictDoUpdate({ target: [customerSegmentValues.projectId, customerSegmentValues.segment], set: { potential, note } })
      .returning({ segment: customerSegmentValues.segment, potential: customerSegmentValues.potential, note: customerSegmentValues.note });
    return saved!;
  });
}

/** Every import, line and segment value of the project, at once: the owner's right over personal data. */
export async function deleteAllCustomerData({ actor, projectId }: { actor: Actor; projectId: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "customers.delete");
    // Lines by their own project too, not only through their imports' cascade: nothing of the
    // project's may outlive the wipe, whatever import a line hangs off.
    await tx.delete(customerPurchases).where(eq(customerPurchases.projectId, projectId));
    await tx.delete(customerImports).where(eq(customerImports.projectId, projectId));
    await tx.delete(customerSegmentValues).where(eq(customerSegmentValues.projectId, projectId));
  });
}
