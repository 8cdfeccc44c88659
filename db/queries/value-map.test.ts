import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { rejection } from "@/lib/testing/app-errors";
import { describeEachDatabase } from "@/lib/testing/databases";
import { projectWithOneOffering } from "@/lib/testing/offering-project";
import { blankPersona, personasStepSchema, type PersonaInput, type PersonasStepInput } from "@/lib/validation/personas-step";
import { competitors, personas } from "../schema";
import { getPersonasStep, PersonasFieldErrors, savePersonasStep } from "./personas-step";

// Step 4's value section through the data layer: ranking, value map, motivations against
// competitors and the intermediary's own persona, saved and read back with step 4.

const lucia = (offeringId: string, overrides: Partial<PersonaInput> = {}): PersonaInput => ({
  ...blankPersona(randomUUID(), offeringId),
  name: "Lucía",
  jobs: ["Pick a guitar for gigs"],
  pains: ["Goes out of tune mid-gig", "Strings hurt"],
  gains: ["Band asks about her sound"],
  needs: "Stable tuning\nComfortable neck",
  motivations: "Warm sound\nFeel of the wood",
  ideals: "A real guitarist",
  ...overrides,
});

describeEachDatabase("step 4: value map, fit inputs and intermediaries", (getConnection) => {
  const db = () => getConnection().db;

  async function project() {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    const [rival] = await db()
      .insert(competitors)
      .values({ projectId, name: "Chain store", position: 0 })
      .returning({ id: competitors.id });
    return { owner, projectId, offeringId: offeringId, rivalId: rival!.id };
  }

  it("stores the ranking, the value map and the marked competitors, and reads them back", async () => {
    const { owner, projectId, offeringId, rivalId } = await project();
    const entryId = randomUUID();
    const values: PersonasStepInput = {
      version: 0,
      personas: [
        lucia(offeringId, {
          importance: { jobs: {}, pains: { "Goes out of tune mid-gig": "essential" }, gains: { "Band asks about her sound": "nice" } },
          valueMap: [
            {
              id: entryId,
              kind: "reliever",
              text: "Set-up before delivery",
              answers: ["Goes out of tune mid-gig"],
              needs: ["Stable tuning"],
            },
          ],
          motivationRivals: [{ motivation: "Warm sound", competitorIds: [rivalId] }],
        }),
      ],
    };
    await savePersonasStep({ actor: owner, projectId, values });
    const step = await getPersonasStep({ actor: owner, projectId });
    expect(step.competitors).toEqual([{ id: rivalId, name: "Chain store" }]);
    expect(step.personas[0]).toMatchObject({
      importance: values.personas[0]!.importance,
      valueMap: values.personas[0]!.valueMap,
      motivationRivals: [{ motivation: "Warm sound", competitorIds: [rivalId] }],
      intermediaryFor: "",
    });
  });

  it("drops links to items the persona no longer has and respells the rest as the persona does", async () => {
    const { owner, projectId, offeringId } = await project();
    const values: PersonasStepInput = {
      version: 0,
      personas: [
        lucia(offeringId, {
          pains: ["Goes out of tune mid-gig"],
          importance: { jobs: {}, pains: { "Strings hurt": "essential" }, gains: {} },
          valueMap: [
            {
              id: randomUUID(),
              kind: "reliever",
              text: "Set-up",
              answers: ["goes OUT of tune mid-gig", "Strings hurt"],
              needs: ["stable tuning", "Cheap"],
            },
          ],
        }),
      ],
    };
    await savePersonasStep({ actor: owner, projectId, values });
    const [stored] = await db().select().from(personas).where(eq(personas.projectId, projectId));
    expect(stored!.valueMap[0]).toMatchObject({ answers: ["Goes out of tune mid-gig"], needs: ["Stable tuning"] });
    expect(stored!.importance.pains).toEqual({});
  });

  it("links an intermediary made in the same save as its end customer to the customer's server id", async () => {
    const { owner, projectId, offeringId } = await project();
    const customer = lucia(offeringId, { needsIntermediary: true });
    const school = lucia(offeringId, { name: "Music school", intermediaryFor: customer.id });
    const saved = await savePersonasStep({ actor: owner, projectId, values: { version: 0, personas: [customer, school] } });
    const [storedCustomer, storedSchool] = saved.personas;
    expect(storedCustomer!.id).not.toBe(customer.id);
    expect(storedSchool!.intermediaryFor).toBe(storedCustomer!.id);

    // Removing the end customer leaves the intermediary as a persona of its own.
    await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: saved.version, personas: [{ ...storedSchool!, intermediaryFor: "" }] },
    });
    const after = await getPersonasStep({ actor: owner, projectId });
    expect(after.personas.map((p) => [p.name, p.intermediaryFor])).toEqual([["Music school", ""]]);
  });

  it("refuses a competitor the project does not have, next to the persona, and writes nothing", async () => {
    const { owner, projectId, offeringId } = await project();
    const values: PersonasStepInput = {
      version: 0,
      personas: [lucia(offeringId, { motivationRivals: [{ motivation: "Warm sound", competitorIds: [randomUUID()] }] })],
    };
    const error = await rejection(savePersonasStep({ actor: owner, projectId, values }));
    expect(error).toBeInstanceOf(PersonasFieldErrors);
    expect((error as PersonasFieldErrors).fieldErrors).toEqual({ "personas.0.motivationRivals": "unknown_competitor" });
    expect(await db().select().from(personas).where(eq(personas.projectId, projectId))).toEqual([]);
  });
});

it("refuses an intermediary of itself or of a persona outside the step", () => {
  const offeringId = randomUUID();
  const one = lucia(offeringId);
  const self = personasStepSchema.safeParse({ version: 0, personas: [{ ...one, intermediaryFor: one.id }] });
  const stranger = personasStepSchema.safeParse({ version: 0, personas: [{ ...one, intermediaryFor: randomUUID() }] });
  for (const result of [self, stranger]) {
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["personas.0.intermediaryFor", "unknown_persona"]]);
  }
});
