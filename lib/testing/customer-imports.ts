import type { Database } from "@/db/connect";
import type { Actor } from "@/db/queries/access";
import { appendCustomerLines, finishCustomerImport, startCustomerImport } from "@/db/queries/customer-imports";
import { createProject } from "@/db/queries/projects";
import { projectMembers, type CustomerImportMode } from "@/db/schema";
import type { PurchaseLine } from "@/lib/customers/purchase-line";
import { blankPurchaseLine } from "@/lib/validation/customer-import";
import { createTestUser } from "./databases";

/** A purchase line with the optional columns the test names, the others null. */
export function purchaseLine(customerId: string, date: string, amountCents: number, more: Partial<PurchaseLine> = {}): PurchaseLine {
  return { ...blankPurchaseLine(customerId, date, amountCents), ...more };
}

export interface CustomerTeam {
  projectId: string;
  owner: Actor;
  editor: Actor;
  mentor: Actor;
  stranger: Actor;
}

/** A project with one member of each role, and someone who is not a member. */
export async function customerTeam(db: Database): Promise<CustomerTeam> {
  const [owner, editor, mentor, stranger] = [
    await createTestUser(db),
    await createTestUser(db),
    await createTestUser(db),
    await createTestUser(db),
  ];
  const projectId = await createProject({ actor: owner, details: { name: "Guitarras Lorca", description: "" } });
  await db.insert(projectMembers).values([
    { projectId, userId: editor.id, role: "editor" },
    { projectId, userId: mentor.id, role: "mentor" },
  ]);
  return { projectId, owner, editor, mentor, stranger };
}

/** A whole import as the browser makes it: start, batches of `batch` lines, finish. */
export async function importCustomerLines({
  actor,
  projectId,
  lines,
  mode = "replace",
  fileName = "ventas.csv",
  batch = 2000,
}: {
  actor: Actor;
  projectId: string;
  lines: readonly PurchaseLine[];
  mode?: CustomerImportMode;
  fileName?: string;
  batch?: number;
}): Promise<string> {
  const importId = await startCustomerImport({ actor, projectId, fileName, mode, expectedLines: lines.length });
  for (let i = 0; i < lines.length; i += batch) {
    await appendCustomerLines({ actor, projectId, importId, lines: lines.slice(i, i + batch) });
  }
  await finishCustomerImport({ actor, projectId, importId });
  return importId;
}
