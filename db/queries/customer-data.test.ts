import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/app-errors";
import { customerTeam, importCustomerLines, purchaseLine, type CustomerTeam } from "@/lib/testing/customer-imports";
import { describeEachDatabase } from "@/lib/testing/databases";
import { customerImports, customerPurchases, customerSegmentValues } from "../schema";
import { deleteAllCustomerData, getCustomerData, listCustomerLines, saveSegmentValue } from "./customer-data";
import { appendCustomerLines, startCustomerImport } from "./customer-imports";

// Ana: two lines on one day (one order), ties between products and channels, an empty city
// that must not count, and an age that changed. Bea: a clear favourite product.
const ANA = [
  purchaseLine("Ana", "2025-01-10", 1000, {
    product: "Guitar",
    channel: "shop",
    city: "Lorca",
    age: 30,
    gender: "F",
    extra: { Ticket: "7" },
  }),
  purchaseLine("Ana", "2025-01-10", 500, { product: "Strings", channel: "shop", city: "Lorca" }),
  purchaseLine("Ana", "2025-03-05", 2000, { product: "Strings", channel: "web", city: "Murcia", age: 31 }),
  purchaseLine("Ana", "2025-02-01", 700, { product: "Guitar", channel: "web", city: "" }),
];
const BEA = [
  purchaseLine("Bea", "2025-02-02", 9900, { product: "Amp", age: 45, company: "Orquesta Sur" }),
  purchaseLine("Bea", "2025-02-02", 100, { product: "Cable" }),
  purchaseLine("Bea", "2025-01-01", 300, { product: "Cable", age: 44 }),
];

const SUMMARIES = [
  {
    customerId: "Ana",
    firstDate: "2025-01-10",
    lastDate: "2025-03-05",
    orders: 3,
    revenueCents: 4200,
    traits: { product: "Guitar", channel: "shop", city: "Lorca", age: "31", gender: "F", company: null },
  },
  {
    customerId: "Bea",
    firstDate: "2025-01-01",
    lastDate: "2025-02-02",
    orders: 2,
    revenueCents: 10300,
    traits: { product: "Cable", channel: null, city: null, age: "45", gender: null, company: "Orquesta Sur" },
  },
];

describeEachDatabase("customer data", (getConnection) => {
  const db = () => getConnection().db;

  /** The team's project with Ana and Bea imported, a running import that must not count, and a rated segment. */
  async function withCustomers(): Promise<CustomerTeam> {
    const team = await customerTeam(db());
    const { projectId, owner } = team;
    await importCustomerLines({ actor: owner, projectId, lines: [...ANA, ...BEA], batch: 3 });
    const running = await startCustomerImport({ actor: owner, projectId, fileName: "b.csv", mode: "add", expectedLines: 9 });
    await appendCustomerLines({
      actor: owner,
      projectId,
      importId: running,
      lines: [purchaseLine("Ana", "2025-06-01", 99_999), purchaseLine("Zed", "2025-06-01", 1)],
    });
    await saveSegmentValue({ actor: owner, projectId, segment: "best", potential: 5, note: "Could buy the studio pack" });
    return team;
  }

  const rowsOf = async (projectId: string) => ({
    imports: (await db().select().from(customerImports).where(eq(customerImports.projectId, projectId))).length,
    lines: (await db().select().from(customerPurchases).where(eq(customerPurchases.projectId, projectId))).length,
    segmentValues: (await db().select().from(customerSegmentValues).where(eq(customerSegmentValues.projectId, projectId))).length,
  });

  it("sums each customer's finished lines: days as orders, revenue, and each trait's usual value", async () => {
    const { projectId, owner } = await withCustomers();
    const data = await getCustomerData({ actor: owner, projectId });
    expect(data.customers).toEqual(SUMMARIES);
    expect(data.lineCount).toBe(7);
    expect(data.lastImport).toMatchObject({ fileName: "ventas.csv", importedLines: 7, mode: "replace" });
    expect(data.segmentValues).toEqual([{ segment: "best", potential: 5, note: "Could buy the studio pack" }]);
  });

  it("shows a mentor the sums under stand-in ids, and no lines", async () => {
    const { projectId, mentor, editor, stranger } = await withCustomers();
    const data = await getCustomerData({ actor: mentor, projectId });
    expect(data.customers).toEqual(SUMMARIES.map((c, i) => ({ ...c, customerId: `#${i + 1}` })));
    expect(data.lineCount).toBe(7);
    await expectAppError(listCustomerLines({ actor: mentor, projectId, limit: 10 }), "forbidden");
    await expectAppError(listCustomerLines({ actor: stranger, projectId, limit: 10 }), "not_found");
    await expectAppError(getCustomerData({ actor: stranger, projectId }), "not_found");
    expect((await getCustomerData({ actor: editor, projectId })).customers).toEqual(SUMMARIES);
  });

  it("lists the first finished lines as the file gave them, for an owner's or an editor's check", async () => {
    const { projectId, editor } = await withCustomers();
    expect(await listCustomerLines({ actor: editor, projectId, limit: 2 })).toEqual(ANA.slice(0, 2));
    expect(await listCustomerLines({ actor: editor, projectId, limit: 100 })).toEqual([...ANA, ...BEA]);
  });

  it("lets owners and editors rate a segment, and refuses mentors", async () => {
    const { projectId, editor, mentor } = await withCustomers();
    const saved = await saveSegmentValue({ actor: editor, projectId, segment: "best", potential: null, note: "Not sure yet" });
    expect(saved).toEqual({ segment: "best", potential: null, note: "Not sure yet" });
    await saveSegmentValue({ actor: editor, projectId, segment: "at_risk", potential: 2, note: "" });
    await expectAppError(saveSegmentValue({ actor: mentor, projectId, segment: "lost", potential: 1, note: "" }), "forbidden");
    expect((await getCustomerData({ actor: mentor, projectId })).segmentValues).toEqual([
      { segment: "at_risk", potential: 2, note: "" },
      { segment: "best", potential: null, note: "Not sure yet" },
    ]);
  });

  it("lets the owner alone delete every import, line and segment value, and touches no other project", async () => {
    const team = await withCustomers();
    const other = await withCustomers();
    const { projectId } = team;
    const before = await rowsOf(projectId);
    expect(before).toEqual({ imports: 2, lines: 9, segmentValues: 1 });
    await expectAppError(deleteAllCustomerData({ actor: team.editor, projectId }), "forbidden");
    await expectAppError(deleteAllCustomerData({ actor: team.mentor, projectId }), "forbidden");
    await expectAppError(deleteAllCustomerData({ actor: other.owner, projectId }), "not_found");
    expect(await rowsOf(projectId)).toEqual(before);

    await deleteAllCustomerData({ actor: team.owner, projectId });
    expect(await rowsOf(projectId)).toEqual({ imports: 0, lines: 0, segmentValues: 0 });
    expect(await getCustomerData({ actor: team.owner, projectId })).toEqual({
      lastImport: null,
      customers: [],
      lineCount: 0,
      segmentValues: [],
    });
    expect(await rowsOf(other.projectId)).toEqual(before);
  });
});
