import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { PersonaDraftWords } from "@/lib/customers/draft-persona-fields";
import { expectAppError } from "@/lib/testing/app-errors";
import { customerTeam, importCustomerLines, purchaseLine, type CustomerTeam } from "@/lib/testing/customer-imports";
import { describeEachDatabase } from "@/lib/testing/databases";
import { saveTestOfferings } from "@/lib/testing/offering-project";
import { withoutDataField } from "@/lib/validation/persona-from-data";
import { blankPersona } from "@/lib/validation/personas-step";
import { personas } from "../schema";
import { draftPersonaFromSegment, projectOfferingNames } from "./customer-personas";
import { duplicateProject } from "./duplicate-project";
import { getPersonasStep, savePersonasStep } from "./personas-step";

const TODAY = "2025-06-30";

// Ana and Bea buy often, lately and the most: with five customers, beating three of them on
// every measure scores 4 or 5, so the two of them are the "best" group. The other three
// bought once, long ago, and spread over the other groups. Loyal stays empty.
const LINES = [
  ...["2025-06-20", "2025-05-10", "2025-04-01"].map((date) =>
    purchaseLine("Ana", date, 3_000, { product: "Strings", channel: "shop", city: "Lorca", gender: "Mujer", age: 34 }),
  ),
  ...["2025-06-25", "2025-05-01", "2025-03-01"].map((date) =>
    purchaseLine("Bea", date, 4_000, { product: "Strings", channel: "web", city: "Lorca", gender: "F", age: 41, company: "Orquesta Sur" }),
  ),
  purchaseLine("Carla", "2025-01-10", 1_000, { city: "Murcia" }),
  purchaseLine("Dani", "2024-12-01", 800),
  purchaseLine("Eva", "2024-11-01", 500),
];

// Plain and predictable: the wording itself is the action's business.
const WORDS: PersonaDraftWords = {
  name: (offering) => `Best customers of ${offering}`,
  behaviour: ({ days, orders, revenueCents, customers }) =>
    `${days} days, ${orders} orders, ${revenueCents} cents, ${customers} customers.`,
  trait: (column, value) => `${column}=${value}.`,
  gender: (code) => `gender:${code}`,
};

describeEachDatabase("drafting a persona from customer data", (getConnection) => {
  const db = () => getConnection().db;

  /** The team's project with two offerings, one hand-written persona and the customers above. */
  async function withCustomers(): Promise<CustomerTeam & { offeringIds: string[]; handWritten: string }> {
    const team = await customerTeam(db());
    const { owner, projectId } = team;
    const offeringIds = await saveTestOfferings(owner, projectId, ["Starter guitars", "Lessons"]);
    const step4 = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [{ ...blankPersona(randomUUID(), offeringIds[0]!), name: "Lucía" }] },
    });
    await importCustomerLines({ actor: owner, projectId, lines: LINES });
    return { ...team, offeringIds, handWritten: step4.personas[0]!.id };
  }

  const draft = (team: CustomerTeam, actor = team.owner, more: { segment?: "best" | "loyal"; offeringId?: string } = {}) =>
    draftPersonaFromSegment({ actor, projectId: team.projectId, segment: "best", offeringId: "", today: TODAY, words: WORDS, ...more });

  it("appends a persona drafted from the group's customers and marks exactly the fields it filled", async () => {
    const team = await withCustomers();
    const { view } = await draft(team, team.owner, { offeringId: team.offeringIds[1] });
    const step = await getPersonasStep({ actor: team.owner, projectId: team.projectId });
    expect(view.version).toBe(step.version);
    expect(step.personas.map((p) => p.id)).toEqual([team.handWritten, view.personaId]);
    expect(step.personas[1]).toMatchObject({
      offeringId: team.offeringIds[1],
      name: "Best customers of Lessons",
      // Median of 5 and 10 days; 3 orders each; (9,000 + 12,000) / 2 cents. Channels tie at
      // one each (half the group), so the first in code-point order stands for them.
      description: "7.5 days, 3 orders, 10500 cents, 2 customers. product=Strings. channel=shop. company=Orquesta Sur.",
      // The middle half of ages 34 and 41: 35.75 down to 35, 39.25 up to 40.
      ageMin: 35,
      ageMax: 40,
      // "F" and "Mujer" tie; either reads as women.
      gender: "gender:women",
      location: "Lorca",
      occupation: "",
      generation: "",
      fromData: { segment: "best", customers: 2, fields: ["name", "description", "ageMin", "ageMax", "gender", "location"] },
    });
    expect(step.personas[0]!.fromData).toBeNull();
  });

  it("lets editors draft; a mentor is refused and a stranger finds nothing, and neither writes", async () => {
    const team = await withCustomers();
    const offeringId = team.offeringIds[0]!;
    await expectAppError(draft(team, team.mentor, { offeringId }), "forbidden");
    await expectAppError(draft(team, team.stranger, { offeringId }), "not_found");
    const untouched = await getPersonasStep({ actor: team.owner, projectId: team.projectId });
    expect(untouched.personas).toHaveLength(1);
    await draft(team, team.editor, { offeringId });
    expect((await getPersonasStep({ actor: team.owner, projectId: team.projectId })).personas).toHaveLength(2);
  });

  it("answers an unknown offering with a field error and an empty group with not_found", async () => {
    const team = await withCustomers();
    const error = await expectAppError(draft(team, team.owner, { offeringId: randomUUID() }), "validation");
    expect(error.details?.fieldErrors).toEqual({ offeringId: "unknown_offering" });
    await expectAppError(draft(team, team.owner, { segment: "loyal", offeringId: team.offeringIds[0] }), "not_found");
    expect((await getPersonasStep({ actor: team.owner, projectId: team.projectId })).personas).toHaveLength(1);
  });

  it("keeps the other marks when a save rewrites a marked field and drops its mark", async () => {
    const team = await withCustomers();
    const { view } = await draft(team, team.owner, { offeringId: team.offeringIds[0] });
    const step = await getPersonasStep({ actor: team.owner, projectId: team.projectId });
    const drafted = step.personas.find((p) => p.id === view.personaId)!;
    const edited = { ...drafted, location: "Cartagena", fromData: withoutDataField(drafted.fromData ?? null, "location") };
    const saved = await savePersonasStep({
      actor: team.owner,
      projectId: team.projectId,
      values: { version: step.version, personas: step.personas.map((p) => (p.id === drafted.id ? edited : p)) },
    });
    expect(saved.personas.find((p) => p.id === drafted.id)).toMatchObject({
      location: "Cartagena",
      name: "Best customers of Starter guitars",
      fromData: { segment: "best", customers: 2, fields: ["name", "description", "ageMin", "ageMax", "gender"] },
    });
    // A save from a form that knows nothing of the marks stores none.
    const { fromData: _dropped, ...unmarked } = saved.personas.find((p) => p.id === drafted.id)!;
    void _dropped;
    const again = await savePersonasStep({
      actor: team.owner,
      projectId: team.projectId,
      values: { version: saved.version, personas: saved.personas.map((p) => (p.id === drafted.id ? unmarked : p)) },
    });
    expect(again.personas.find((p) => p.id === drafted.id)!.fromData).toBeNull();
  });

  it("copies the marks with the persona when the project is duplicated", async () => {
    const team = await withCustomers();
    await draft(team, team.owner, { offeringId: team.offeringIds[0] });
    const copyId = await duplicateProject({ actor: team.owner, projectId: team.projectId, name: "Copia" });
    const copied = await db()
      .select({ name: personas.name, fromData: personas.fromData })
      .from(personas)
      .where(eq(personas.projectId, copyId));
    expect(copied).toContainEqual({ name: "Best customers of Starter guitars", fromData: expect.objectContaining({ segment: "best" }) });
  });

  it("lists step 1's offerings in order for any member, and for nobody else", async () => {
    const team = await withCustomers();
    const names = await projectOfferingNames({ actor: team.mentor, projectId: team.projectId });
    expect(names).toEqual([
      { id: team.offeringIds[0], name: "Starter guitars" },
      { id: team.offeringIds[1], name: "Lessons" },
    ]);
    await expectAppError(projectOfferingNames({ actor: team.stranger, projectId: team.projectId }), "not_found");
  });
});
