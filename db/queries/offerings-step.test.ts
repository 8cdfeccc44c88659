import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { expectAppError } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import type { OfferingsStepInput } from "@/lib/validation/offerings-step";
import type { Database } from "../connect";
import { categories, offerings, projectMembers, projects, projectSteps } from "../schema";
import { getOfferingsStep, saveOfferingsStep, type OfferingsStepView } from "./offerings-step";
import { createProject, deleteProject, getProject, listProjectsForUser, updateProjectDetails } from "./projects";

type OfferingInput = OfferingsStepInput["offerings"][number];

/** The step as values only: ids replaced by category names, so client and server ids compare equal. */
function byValue(step: Pick<OfferingsStepInput, "categories" | "offerings">) {
  const categoryName = new Map(step.categories.map((c) => [c.id, c.name]));
  return {
    categories: step.categories.map((c) => c.name),
    // toEqual ignores keys whose value is undefined, so the ids drop out of the comparison.
    offerings: step.offerings.map(({ categoryId, ...fields }) => ({ ...fields, id: undefined, category: categoryName.get(categoryId) })),
  };
}

async function countRows(db: Database, projectId: string) {
  const [row] = await db
    .select({
      categories: sql<number>`(select count(*)::int from ${categories} where ${categories.projectId} = ${projectId})`,
      offerings: sql<number>`(select count(*)::int from ${offerings} where ${offerings.projectId} = ${projectId})`,
      members: sql<number>`(select count(*)::int from ${projectMembers} where ${projectMembers.projectId} = ${projectId})`,
      steps: sql<number>`(select count(*)::int from ${projectSteps} where ${projectSteps.projectId} = ${projectId})`,
      projects: sql<number>`(select count(*)::int from ${projects} where ${projects.id} = ${projectId})`,
    })
    .from(sql`(select 1) as one`);
  return row!;
}

/** Everything stored for a project, without timestamps. */
async function snapshot(db: Database, projectId: string) {
  const [project] = await db
    .select({ name: projects.name, description: projects.description })
    .from(projects)
    .where(eq(projects.id, projectId));
  const cats = await db.select().from(categories).where(eq(categories.projectId, projectId)).orderBy(categories.position);
  const offs = await db.select().from(offerings).where(eq(offerings.projectId, projectId)).orderBy(offerings.position);
  const steps = await db
    .select({
      step: projectSteps.step,
      version: projectSteps.version,
      completed: projectSteps.completed,
      updatedBy: projectSteps.updatedBy,
    })
    .from(projectSteps)
    .where(eq(projectSteps.projectId, projectId));
  const members = await db
    .select({ userId: projectMembers.userId, role: projectMembers.role })
    .from(projectMembers)
    .where(eq(projectMembers.projectId, projectId));
  return { project, cats, offs, steps, members };
}

function offering(categoryId: string, name: string, overrides: Partial<OfferingInput> = {}): OfferingInput {
  return {
    id: randomUUID(),
    categoryId,
    name,
    definition: `${name}: what it is`,
    objective: `${name}: why we sell it`,
    weight: 3,
    revenueShare: null,
    tier: "core",
    audience: `${name}: who buys it`,
    ...overrides,
  };
}

function firstStep(): OfferingsStepInput {
  const bakery = randomUUID();
  const catering = randomUUID();
  return {
    version: 0,
    categories: [
      { id: bakery, name: "Bakery" },
      { id: catering, name: "Catering" },
    ],
    offerings: [
      offering(bakery, "Sourdough loaf", { weight: 5, revenueShare: 40 }),
      offering(bakery, "Croissant", { weight: 2, revenueShare: 15, tier: "growth" }),
      offering(catering, "Office breakfast", { weight: 1, revenueShare: null, tier: "complementary" }),
    ],
  };
}

/** The view as a payload the browser would send back. */
function asInput(view: OfferingsStepView): OfferingsStepInput {
  return { version: view.version, categories: view.categories, offerings: view.offerings };
}

describeEachDatabase("step 1 and project queries", (getConnection) => {
  const db = () => getConnection().db;

  async function ownerWithProject(name = "Panadería") {
    const owner = await createTestUser(db());
    const projectId = await createProject({ actor: owner, details: { name, description: "A neighbourhood bakery" } });
    return { owner, projectId };
  }

  it("starts with an empty, new step at version 0", async () => {
    const { owner, projectId } = await ownerWithProject();
    const step = await getOfferingsStep({ actor: owner, projectId });
    expect(step.version).toBe(0);
    expect(step.meta).toMatchObject({ version: 0, completed: false, isNew: true, updatedAt: null, updatedByName: null });
    expect(step.categories).toEqual([]);
    expect(step.offerings).toEqual([]);
  });

  it("saves, reads back exactly what was saved, and edits in place", async () => {
    const { owner, projectId } = await ownerWithProject();
    const input = firstStep();

    const saved = await saveOfferingsStep({ actor: owner, projectId, values: input });
    expect(saved.version).toBe(1);
    expect(saved.meta).toMatchObject({ version: 1, isNew: false, completed: true });
    expect(saved.meta.updatedByName).toEqual(expect.stringContaining("Test user"));
    expect(byValue(saved)).toEqual(byValue(input));

    const read = await getOfferingsStep({ actor: owner, projectId });
    expect(read).toEqual(saved);
    expect(byValue(read)).toEqual(byValue(input));
    // New rows get server ids: the browser's ids are only keys.
    const sentIds = new Set([...input.categories, ...input.offerings].map((r) => r.id));
    for (const row of [...read.categories, ...read.offerings]) expect(sentIds.has(row.id)).toBe(false);
    expect(await countRows(db(), projectId)).toMatchObject({ categories: 2, offerings: 3 });

    // Second save: reorder, edit one, remove one, remove an unused category, move an offering,
    // and add a new category plus a new offering in it.
    const [bakery, catering] = read.categories;
    const [sourdough, croissant, breakfast] = read.offerings;
    const pastry = { id: randomUUID(), name: "Pastry" };
    const cake = offering(pastry.id, "Birthday cake", { weight: 4, revenueShare: 10 });
    const second: OfferingsStepInput = {
      version: read.version,
      categories: [pastry, { ...bakery!, name: "Bread" }],
      offerings: [
        cake,
        { ...croissant!, categoryId: pastry.id, name: "Butter croissant", weight: 4, revenueShare: 20, tier: "core" },
        { ...sourdough!, definition: "Slow-fermented, 48 hours", revenueShare: 50 },
      ],
    };
    const resaved = await saveOfferingsStep({ actor: owner, projectId, values: second });
    expect(resaved.version).toBe(2);
    expect(byValue(resaved)).toEqual(byValue(second));

    const reread = await getOfferingsStep({ actor: owner, projectId });
    expect(reread).toEqual(resaved);
    expect(byValue(reread)).toEqual({
      categories: ["Pastry", "Bread"],
      offerings: [
        { ...byValue(second).offerings[0], name: "Birthday cake", category: "Pastry" },
        expect.objectContaining({ name: "Butter croissant", category: "Pastry", weight: 4, revenueShare: 20, tier: "core" }),
        expect.objectContaining({ name: "Sourdough loaf", category: "Bread", definition: "Slow-fermented, 48 hours", revenueShare: 50 }),
      ],
    });
    // Existing rows kept their ids; the removed ones are gone from the tables.
    expect(reread.categories[1]!.id).toBe(bakery!.id);
    expect(reread.offerings[1]!.id).toBe(croissant!.id);
    expect(reread.offerings[2]!.id).toBe(sourdough!.id);
    expect(reread.offerings[1]!.categoryId).toBe(reread.categories[0]!.id);
    expect(await countRows(db(), projectId)).toMatchObject({ categories: 2, offerings: 3 });
    const leftovers = await db()
      .select({ id: offerings.id })
      .from(offerings)
      .where(sql`${offerings.id} = ${breakfast!.id} or ${offerings.categoryId} = ${catering!.id}`);
    expect(leftovers).toEqual([]);
    const oldCategory = await db().select().from(categories).where(eq(categories.id, catering!.id));
    expect(oldCategory).toEqual([]);

    // Positions follow the order of the arrays.
    const positions = await db()
      .select({ id: offerings.id, position: offerings.position })
      .from(offerings)
      .where(eq(offerings.projectId, projectId))
      .orderBy(offerings.position);
    expect(positions.map((p) => p.id)).toEqual(reread.offerings.map((o) => o.id));
    expect(positions.map((p) => p.position)).toEqual([0, 1, 2]);

    // Reordering alone also sticks.
    const reversed: OfferingsStepInput = { ...asInput(reread), offerings: [...reread.offerings].reverse() };
    const third = await saveOfferingsStep({ actor: owner, projectId, values: reversed });
    expect(third.version).toBe(3);
    expect(third.offerings.map((o) => o.name)).toEqual(["Sourdough loaf", "Butter croissant", "Birthday cake"]);
  });

  it("stores exactly the values it is given, including zero shares, empty text and unicode", async () => {
    const { owner, projectId } = await ownerWithProject();
    const cat = { id: randomUUID(), name: "Café y té ☕" };
    const values: OfferingsStepInput = {
      version: 0,
      categories: [cat],
      offerings: [offering(cat.id, "Ñandú 🐦 — «especial»", { revenueShare: 0, definition: "", objective: "", audience: "" })],
    };
    const saved = await saveOfferingsStep({ actor: owner, projectId, values });
    expect(byValue(saved)).toEqual(byValue(values));
    expect(saved.offerings[0]!.revenueShare).toBe(0);
  });

  it("refuses a save made on a stale version and changes nothing", async () => {
    const { owner, projectId } = await ownerWithProject();
    const saved = await saveOfferingsStep({ actor: owner, projectId, values: firstStep() });
    const before = await snapshot(db(), projectId);

    const stale: OfferingsStepInput = { ...asInput(saved), version: 0, offerings: saved.offerings.slice(0, 1) };
    const error = await saveOfferingsStep({ actor: owner, projectId, values: stale }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
    expect((error as AppError).details).toEqual({ currentVersion: 1 });
    await expectAppError(saveOfferingsStep({ actor: owner, projectId, values: { ...stale, version: 7 } }), "conflict");

    expect(await snapshot(db(), projectId)).toEqual(before);
    expect((await getOfferingsStep({ actor: owner, projectId })).version).toBe(1);
  });

  it("gives a stranger not_found on every query and changes nothing", async () => {
    const { owner, projectId } = await ownerWithProject("Secret bakery");
    const saved = await saveOfferingsStep({ actor: owner, projectId, values: firstStep() });
    const stranger = await createTestUser(db());
    // The stranger has a project of their own, so membership rows exist for them.
    await createProject({ actor: stranger, details: { name: "Mine", description: "" } });
    const before = await snapshot(db(), projectId);

    await expectAppError(getOfferingsStep({ actor: stranger, projectId }), "not_found");
    await expectAppError(saveOfferingsStep({ actor: stranger, projectId, values: asInput(saved) }), "not_found");
    await expectAppError(saveOfferingsStep({ actor: stranger, projectId, values: { ...firstStep(), version: 1 } }), "not_found");
    await expectAppError(getProject({ actor: stranger, projectId }), "not_found");
    await expectAppError(updateProjectDetails({ actor: stranger, projectId, details: { name: "Hijacked", description: "" } }), "not_found");
    await expectAppError(deleteProject({ actor: stranger, projectId }), "not_found");

    expect(await snapshot(db(), projectId)).toEqual(before);
    expect(await getProject({ actor: owner, projectId })).toMatchObject({ name: "Secret bakery", role: "owner" });
  });

  it("gives not_found for a malformed or unknown project id, and for a malformed actor id", async () => {
    const owner = await createTestUser(db());
    for (const projectId of ["not-a-uuid", "", "'; drop table projects; --", `${randomUUID()}x`, randomUUID()]) {
      await expectAppError(getOfferingsStep({ actor: owner, projectId }), "not_found");
      await expectAppError(saveOfferingsStep({ actor: owner, projectId, values: firstStep() }), "not_found");
      await expectAppError(getProject({ actor: owner, projectId }), "not_found");
      await expectAppError(updateProjectDetails({ actor: owner, projectId, details: { name: "x", description: "" } }), "not_found");
      await expectAppError(deleteProject({ actor: owner, projectId }), "not_found");
    }
    const { projectId } = await ownerWithProject();
    await expectAppError(getOfferingsStep({ actor: { id: "nobody" }, projectId }), "not_found");
  });

  it("never touches another project's rows through crafted ids", async () => {
    const victim = await ownerWithProject("Victim");
    const victimStep = await saveOfferingsStep({ actor: victim.owner, projectId: victim.projectId, values: firstStep() });
    const before = await snapshot(db(), victim.projectId);

    const attacker = await ownerWithProject("Attacker");
    // The attacker sends the victim's ids as if they were their own rows.
    const crafted: OfferingsStepInput = {
      version: 0,
      categories: victimStep.categories.map((c) => ({ ...c, name: `${c.name} (pwned)` })),
      offerings: victimStep.offerings.map((o) => ({ ...o, name: `${o.name} (pwned)` })),
    };
    const saved = await saveOfferingsStep({ actor: attacker.owner, projectId: attacker.projectId, values: crafted });
    expect(saved.offerings.map((o) => o.name)).toEqual(crafted.offerings.map((o) => o.name));
    for (const row of [...saved.categories, ...saved.offerings]) {
      expect([...victimStep.categories, ...victimStep.offerings].map((r) => r.id)).not.toContain(row.id);
    }
    expect(await snapshot(db(), victim.projectId)).toEqual(before);

    // And a second save with the victim's ids deletes nothing of the victim's.
    await saveOfferingsStep({ actor: attacker.owner, projectId: attacker.projectId, values: { ...asInput(saved), offerings: [] } });
    expect(await snapshot(db(), victim.projectId)).toEqual(before);
  });

  it("marks the step completed only when every offering has a definition, an objective and an audience", async () => {
    const { owner, projectId } = await ownerWithProject();
    const complete = await saveOfferingsStep({ actor: owner, projectId, values: firstStep() });
    expect(complete.meta.completed).toBe(true);
    expect((await getProject({ actor: owner, projectId })).completedSteps).toContain(1);

    for (const field of ["definition", "objective", "audience"] as const) {
      const current = await getOfferingsStep({ actor: owner, projectId });
      const values = asInput(current);
      values.offerings = values.offerings.map((o, i) => (i === 2 ? { ...o, [field]: "" } : o));
      const saved = await saveOfferingsStep({ actor: owner, projectId, values });
      expect(saved.meta.completed, `blank ${field}`).toBe(false);
      const project = await getProject({ actor: owner, projectId });
      expect(project.completedSteps).not.toContain(1);
      // The stepper names the half-described offering; step 4 lists every offering without a persona.
      expect(project.missingByStep.get(1)).toEqual([{ code: "offeringIncomplete", name: values.offerings[2]!.name }]);
      expect(project.missingByStep.get(4)).toHaveLength(values.offerings.length);
      // Put it back: complete again.
      const restored = await saveOfferingsStep({ actor: owner, projectId, values: { ...asInput(current), version: saved.version } });
      expect(restored.meta.completed).toBe(true);
    }

    const current = await getOfferingsStep({ actor: owner, projectId });
    const empty = await saveOfferingsStep({ actor: owner, projectId, values: { ...asInput(current), offerings: [] } });
    expect(empty.meta.completed).toBe(false);
    expect(empty.offerings).toEqual([]);
    expect((await getProject({ actor: owner, projectId })).missingByStep.get(1)).toEqual([{ code: "noOfferings" }]);
  });

  it("deleting a project removes its categories, offerings, steps and memberships", async () => {
    const { owner, projectId } = await ownerWithProject();
    await saveOfferingsStep({ actor: owner, projectId, values: firstStep() });
    const other = await ownerWithProject("Survivor");
    await saveOfferingsStep({ actor: other.owner, projectId: other.projectId, values: firstStep() });
    const before = await countRows(db(), projectId);
    expect(before).toMatchObject({ categories: 2, offerings: 3, members: 1, projects: 1 });
    expect(before.steps).toBeGreaterThanOrEqual(1);
    const otherBefore = await countRows(db(), other.projectId);

    await deleteProject({ actor: owner, projectId });

    expect(await countRows(db(), projectId)).toEqual({ categories: 0, offerings: 0, members: 0, steps: 0, projects: 0 });
    expect(await countRows(db(), other.projectId)).toEqual(otherBefore);
    await expectAppError(getProject({ actor: owner, projectId }), "not_found");
    await expectAppError(deleteProject({ actor: owner, projectId }), "not_found");
  });

  it("updates project details for the owner", async () => {
    const { owner, projectId } = await ownerWithProject("Old name");
    await updateProjectDetails({ actor: owner, projectId, details: { name: "New name", description: "New description" } });
    expect(await getProject({ actor: owner, projectId })).toMatchObject({
      id: projectId,
      name: "New name",
      description: "New description",
      role: "owner",
      completedSteps: [],
    });
  });

  it("lists only the user's own projects, with counts, most recently updated first", async () => {
    const owner = await createTestUser(db());
    const stranger = await createTestUser(db());
    const older = await createProject({ actor: owner, details: { name: "Older", description: "first" } });
    const newer = await createProject({ actor: owner, details: { name: "Newer", description: "second" } });
    const theirs = await createProject({ actor: stranger, details: { name: "Theirs", description: "" } });
    await saveOfferingsStep({ actor: stranger, projectId: theirs, values: firstStep() });

    // Saving a step touches the project, so the incomplete one moves to the top.
    const values = firstStep();
    values.offerings[0]!.audience = "";
    await saveOfferingsStep({ actor: owner, projectId: older, values });

    const list = await listProjectsForUser({ actor: owner });
    expect(list.map((p) => p.id)).toEqual([older, newer]);
    expect(list[0]).toMatchObject({
      name: "Older",
      description: "first",
      role: "owner",
      completedSteps: 0,
      offeringCount: 3,
      categoryCount: 2,
    });
    expect(list[1]).toMatchObject({
      name: "Newer",
      description: "second",
      role: "owner",
      completedSteps: 0,
      offeringCount: 0,
      categoryCount: 0,
    });
    expect(list[0]!.updatedAt).toBeInstanceOf(Date);

    await saveOfferingsStep({ actor: owner, projectId: newer, values: firstStep() });
    const after = await listProjectsForUser({ actor: owner });
    expect(after.map((p) => [p.id, p.completedSteps])).toEqual([
      [newer, 1],
      [older, 0],
    ]);

    expect((await listProjectsForUser({ actor: stranger })).map((p) => p.id)).toEqual([theirs]);
    expect(await listProjectsForUser({ actor: await createTestUser(db()) })).toEqual([]);
  });
});
