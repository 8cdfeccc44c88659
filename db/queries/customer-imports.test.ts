import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { expectAppError } from "@/lib/testing/app-errors";
import { customerTeam, importCustomerLines, purchaseLine } from "@/lib/testing/customer-imports";
import { describeEachDatabase } from "@/lib/testing/databases";
import { countingConnection } from "@/lib/testing/query-counter";
import { customerImports, customerPurchases } from "../schema";
import { getCustomerData } from "./customer-data";
import { appendCustomerLines, cancelCustomerImport, finishCustomerImport, startCustomerImport } from "./customer-imports";

const lines = (n: number, prefix = "C") =>
  Array.from({ length: n }, (_, i) =>
    purchaseLine(`${prefix}${i % 50}`, `2025-0${(i % 9) + 1}-1${i % 10}`, 1000 + i, { product: "Guitar" }),
  );

describeEachDatabase("customer imports", (getConnection, kind) => {
  const db = () => getConnection().db;
  const start = (team: { projectId: string; owner: { id: string } }, expectedLines: number, mode: "replace" | "add" = "replace") =>
    startCustomerImport({ actor: team.owner, projectId: team.projectId, fileName: "ventas.csv", mode, expectedLines });
  const storedLines = async (importId: string) =>
    (await db().select({ n: count() }).from(customerPurchases).where(eq(customerPurchases.importId, importId)))[0]!.n;
  const importsOf = (projectId: string) =>
    db()
      .select({ id: customerImports.id, status: customerImports.status })
      .from(customerImports)
      .where(eq(customerImports.projectId, projectId));

  it("stores batches, counts nothing while running, and counts every line once finished", async () => {
    const team = await customerTeam(db());
    const { projectId, editor } = team;
    const importId = await startCustomerImport({ actor: editor, projectId, fileName: "ventas.csv", mode: "replace", expectedLines: 5 });
    const batch = [purchaseLine("Ana", "2025-03-01", 1500, { extra: { Tienda: "Centro" } }), purchaseLine("Ana", "2025-03-02", 500)];
    expect(await appendCustomerLines({ actor: editor, projectId, importId, lines: batch })).toEqual({ importedLines: 2 });
    expect(await appendCustomerLines({ actor: editor, projectId, importId, lines: lines(3) })).toEqual({ importedLines: 5 });
    expect(await storedLines(importId)).toBe(5);

    const running = await getCustomerData({ actor: team.owner, projectId });
    expect(running).toMatchObject({ lastImport: null, customers: [], lineCount: 0 });

    expect(await finishCustomerImport({ actor: editor, projectId, importId })).toEqual({ importedLines: 5 });
    const done = await getCustomerData({ actor: team.owner, projectId });
    expect(done.lastImport).toMatchObject({ fileName: "ventas.csv", importedLines: 5, mode: "replace" });
    expect(done.lineCount).toBe(5);
    expect(done.customers.map((c) => c.customerId)).toEqual(["Ana", "C0", "C1", "C2"]);
    // Finishing again (a retry after a lost answer) answers the same and changes nothing.
    expect(await finishCustomerImport({ actor: editor, projectId, importId })).toEqual({ importedLines: 5 });
  });

  it("replaces the earlier data on a replacing finish, and keeps it on an adding one", async () => {
    const team = await customerTeam(db());
    const { projectId, owner } = team;
    const first = await importCustomerLines({ actor: owner, projectId, lines: lines(4, "A") });
    const added = await importCustomerLines({ actor: owner, projectId, lines: lines(3, "B"), mode: "add" });
    expect((await getCustomerData({ actor: owner, projectId })).lineCount).toBe(7);

    // Until the replacing import finishes, readers still see both earlier imports.
    const replacing = await start(team, 2);
    await appendCustomerLines({ actor: owner, projectId, importId: replacing, lines: lines(2, "R") });
    expect((await getCustomerData({ actor: owner, projectId })).lineCount).toBe(7);
    await finishCustomerImport({ actor: owner, projectId, importId: replacing });

    expect(await importsOf(projectId)).toEqual([{ id: replacing, status: "done" }]);
    expect([await storedLines(first), await storedLines(added)]).toEqual([0, 0]);
    const data = await getCustomerData({ actor: owner, projectId });
    expect([data.lineCount, data.customers.map((c) => c.customerId)]).toEqual([2, ["R0", "R1"]]);
  });

  it("cancels a running import with its lines, refuses to cancel a finished one, and answers false for one gone", async () => {
    const team = await customerTeam(db());
    const { projectId, owner, editor } = team;
    const kept = await importCustomerLines({ actor: owner, projectId, lines: lines(2) });
    const importId = await start(team, 10);
    await appendCustomerLines({ actor: owner, projectId, importId, lines: lines(4) });

    expect(await cancelCustomerImport({ actor: editor, projectId, importId })).toEqual({ cancelled: true });
    expect(await storedLines(importId)).toBe(0);
    expect(await cancelCustomerImport({ actor: editor, projectId, importId })).toEqual({ cancelled: false });
    await expectAppError(appendCustomerLines({ actor: owner, projectId, importId, lines: lines(1) }), "not_found");
    await expectAppError(cancelCustomerImport({ actor: editor, projectId, importId: kept }), "conflict");
    expect(await storedLines(kept)).toBe(2);
  });

  it("keeps one running import per project: a new start removes the one a closed browser left", async () => {
    const team = await customerTeam(db());
    const { projectId, owner } = team;
    const abandoned = await start(team, 10);
    await appendCustomerLines({ actor: owner, projectId, importId: abandoned, lines: lines(3) });
    const fresh = await start(team, 1);

    expect(await importsOf(projectId)).toEqual([{ id: fresh, status: "running" }]);
    expect(await storedLines(abandoned)).toBe(0);
    await expectAppError(appendCustomerLines({ actor: owner, projectId, importId: abandoned, lines: lines(1) }), "not_found");
    await expectAppError(finishCustomerImport({ actor: owner, projectId, importId: abandoned }), "not_found");
  });

  it("leaves one running import when two starts arrive at once", async () => {
    const team = await customerTeam(db());
    const settled = await Promise.allSettled([start(team, 1), start(team, 1), start(team, 1)]);
    // On PostgreSQL a start that meets another's uncommitted row is refused; PGlite runs them in turn.
    for (const outcome of settled) if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "conflict" });
    const running = await importsOf(team.projectId);
    expect(running).toHaveLength(1);
    expect(settled.filter((s) => s.status === "fulfilled").map((s) => s.value)).toContain(running[0]!.id);
  });

  it("refuses a batch past the announced size, a finish with lines missing, and a batch after the finish", async () => {
    const team = await customerTeam(db());
    const { projectId, owner } = team;
    const importId = await start(team, 3);
    await appendCustomerLines({ actor: owner, projectId, importId, lines: lines(2) });

    const tooMany = await expectAppError(appendCustomerLines({ actor: owner, projectId, importId, lines: lines(2) }), "validation");
    expect(tooMany.details?.fieldErrors).toEqual({ lines: "too_many:1" });
    await expectAppError(finishCustomerImport({ actor: owner, projectId, importId }), "conflict");
    await appendCustomerLines({ actor: owner, projectId, importId, lines: lines(1) });
    await finishCustomerImport({ actor: owner, projectId, importId });
    await expectAppError(appendCustomerLines({ actor: owner, projectId, importId, lines: lines(1) }), "conflict");
    expect(await storedLines(importId)).toBe(3);
  });

  it("stores a batch sent again with the same id once", async () => {
    const team = await customerTeam(db());
    const { projectId, owner } = team;
    const importId = await start(team, 4);
    const batchId = randomUUID();
    const batch = { actor: owner, projectId, importId, lines: lines(2), batchId };
    expect(await appendCustomerLines(batch)).toEqual({ importedLines: 2 });
    expect(await appendCustomerLines(batch)).toEqual({ importedLines: 2 });
    expect(await appendCustomerLines({ ...batch, batchId: randomUUID() })).toEqual({ importedLines: 4 });
    expect(await storedLines(importId)).toBe(4);
  });

  it("changes nothing when a line is refused by the database part-way through a batch", async () => {
    const team = await customerTeam(db());
    const { projectId, owner } = team;
    const importId = await start(team, 3);
    // Past the schema (a caller of the data layer): the amount check refuses the third line.
    const bad = [...lines(2), purchaseLine("Zoe", "2025-01-01", 0)];
    await expect(appendCustomerLines({ actor: owner, projectId, importId, lines: bad })).rejects.toThrow();
    expect(await storedLines(importId)).toBe(0);
    expect((await importsOf(projectId))[0]).toEqual({ id: importId, status: "running" });
    expect(await appendCustomerLines({ actor: owner, projectId, importId, lines: lines(3) })).toEqual({ importedLines: 3 });
  });

  it("lets owners and editors import, refuses mentors, and tells strangers nothing", async () => {
    const team = await customerTeam(db());
    const { projectId, mentor, stranger } = team;
    const importId = await start(team, 1);
    const ref = { projectId, importId };
    for (const [actor, code] of [
      [mentor, "forbidden"],
      [stranger, "not_found"],
    ] as const) {
      await expectAppError(startCustomerImport({ actor, projectId, fileName: "x.csv", mode: "add", expectedLines: 1 }), code);
      await expectAppError(appendCustomerLines({ actor, ...ref, lines: lines(1) }), code);
      await expectAppError(finishCustomerImport({ actor, ...ref }), code);
      await expectAppError(cancelCustomerImport({ actor, ...ref }), code);
    }
    expect(await importsOf(projectId)).toEqual([{ id: importId, status: "running" }]);
    expect(await storedLines(importId)).toBe(0);
    // Another project's import is not this one's, whoever asks.
    const other = await customerTeam(db());
    await expectAppError(appendCustomerLines({ actor: other.owner, projectId: other.projectId, importId, lines: lines(1) }), "not_found");
  });

  it("sends as many statements for a batch of 2000 lines as for a batch of 1", async () => {
    const team = await customerTeam(db());
    const { projectId, owner } = team;
    const importId = await start(team, 2001);
    const counting = await countingConnection(getConnection());
    setConnectionForTests(counting.connection);
    const statements: number[] = [];
    for (const size of [1, 2000]) {
      counting.queries.length = 0;
      await appendCustomerLines({ actor: owner, projectId, importId, lines: lines(size) });
      statements.push(counting.queries.length);
    }
    setConnectionForTests(getConnection());
    // Inside the transaction: the permission, the count's bump and the insert; BEGIN and COMMIT are two round trips more.
    console.log(`[customer-imports] ${kind}: statements per batch (1 line, 2000 lines): ${JSON.stringify(statements)}`);
    expect(statements).toEqual([3, 3]);
    expect(await storedLines(importId)).toBe(2001);
  });
});
