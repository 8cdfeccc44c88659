import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { expectAppError } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { readStepRow } from "@/lib/testing/step-row";
import { EMPTY_DEMOGRAPHICS, type DemographicsProfile, type DemographicsStepInput } from "@/lib/validation/demographics-step";
import type { Database } from "../connect";
import { projectMembers, targetProfiles } from "../schema";
import { DEMOGRAPHICS_STEP, getDemographicsStep, saveDemographicsStep, type DemographicsStepView } from "./demographics-step";
import { getPersonasStep } from "./personas-step";
import { createProject } from "./projects";

/** The meal-kit service's customers, as the owner might describe them. */
const mealKit: DemographicsProfile = {
  ageMin: 28,
  ageMax: 45,
  generations: ["millennials"],
  genders: ["allGenders"],
  locations: ["Madrid", "Valencia «centro»"],
  household: "Couples and young families with both adults working",
  occupation: "Office workers with long days",
  economicLevel: "Middle income; pays for time saved",
  educationLevel: "University degree",
  languages: ["Spanish", "Català"],
  valuesAndCustoms: "Healthy eating without fuss; cook together on Sundays 🥘",
};

const asInput = (view: DemographicsStepView): DemographicsStepInput => {
  const input: Partial<DemographicsStepView> = { ...view };
  delete input.meta;
  return input as DemographicsStepInput;
};

/** Everything step 3 stores for a project. */
async function snapshot(db: Database, projectId: string) {
  const step = await readStepRow(db, projectId, DEMOGRAPHICS_STEP, ["version", "completed", "missing"]);
  return { step, profile: await db.select().from(targetProfiles).where(eq(targetProfiles.projectId, projectId)) };
}

describeEachDatabase("step 3: demographic and sociocultural profile", (getConnection) => {
  const db = () => getConnection().db;

  async function mealKitService() {
    const owner = await createTestUser(db());
    const projectId = await createProject({ actor: owner, details: { name: "Cena en Casa", description: "Meal kits" } });
    return { owner, projectId };
  }

  it("starts empty, with nothing saved yet", async () => {
    const { owner, projectId } = await mealKitService();
    const step = await getDemographicsStep({ actor: owner, projectId });
    expect(asInput(step)).toEqual({ version: 0, ...EMPTY_DEMOGRAPHICS });
    expect(step.meta).toMatchObject({ version: 0, completed: false, isNew: true, updatedByName: null });
  });

  it("saves the profile and reads back exactly what was saved", async () => {
    const { owner, projectId } = await mealKitService();
    const saved = await saveDemographicsStep({ actor: owner, projectId, values: { version: 0, ...mealKit } });
    expect(asInput(saved)).toEqual({ version: 1, ...mealKit });
    expect(saved.meta).toMatchObject({ completed: true, isNew: false });
    expect(saved.meta.updatedByName).toMatch(/^Test user/);
    expect(await getDemographicsStep({ actor: owner, projectId })).toEqual(saved);

    const emptied = await saveDemographicsStep({ actor: owner, projectId, values: { version: 1, ...EMPTY_DEMOGRAPHICS } });
    expect(asInput(emptied)).toEqual({ version: 2, ...EMPTY_DEMOGRAPHICS });
    expect(await db().select().from(targetProfiles).where(eq(targetProfiles.projectId, projectId))).toHaveLength(1);
  });

  it("stores generations in the method's order, whatever order they were ticked in", async () => {
    const { owner, projectId } = await mealKitService();
    const saved = await saveDemographicsStep({
      actor: owner,
      projectId,
      values: { version: 0, ...mealKit, generations: ["gen_z", "boomers", "millennials"] },
    });
    expect(saved.generations).toEqual(["boomers", "millennials", "gen_z"]);
  });

  it("records what is missing until the step is complete, never asking for gender", async () => {
    const { owner, projectId } = await mealKitService();
    const partial = await saveDemographicsStep({
      actor: owner,
      projectId,
      values: { version: 0, ...EMPTY_DEMOGRAPHICS, genders: ["Women"], locations: ["Madrid"] },
    });
    expect(partial.meta.completed).toBe(false);
    expect((await snapshot(db(), projectId)).step!.missing).toEqual([
      { code: "noAgeRange" },
      { code: "noOccupation" },
      { code: "noEconomicLevel" },
      { code: "noValuesAndCustoms" },
    ]);
    const done = await saveDemographicsStep({ actor: owner, projectId, values: { ...asInput(partial), ...mealKit, genders: [] } });
    expect(done.meta.completed).toBe(true);
    expect((await snapshot(db(), projectId)).step!.missing).toEqual([]);
  });

  it("refuses a save on top of a newer version and changes nothing", async () => {
    const { owner, projectId } = await mealKitService();
    const saved = await saveDemographicsStep({ actor: owner, projectId, values: { version: 0, ...mealKit } });
    const before = await snapshot(db(), projectId);
    const error = await expectAppError(
      saveDemographicsStep({ actor: owner, projectId, values: { version: 0, ...EMPTY_DEMOGRAPHICS } }),
      "conflict",
    );
    expect(error.details).toEqual({ currentVersion: saved.version });
    expect(await snapshot(db(), projectId)).toEqual(before);
  });

  it("lets the database refuse a minimum age above the maximum, as a field error, writing nothing", async () => {
    const { owner, projectId } = await mealKitService();
    await saveDemographicsStep({ actor: owner, projectId, values: { version: 0, ...mealKit } });
    const before = await snapshot(db(), projectId);
    // A caller that skipped the schema: the check constraint is the last guard.
    const error = await expectAppError(
      saveDemographicsStep({ actor: owner, projectId, values: { version: 1, ...mealKit, ageMin: 60, ageMax: 20 } }),
      "validation",
    );
    expect(error.details).toEqual({ fieldErrors: { ageMax: "age_order" } });
    expect(await snapshot(db(), projectId)).toEqual(before);
    const direct = await db()
      .update(targetProfiles)
      .set({ ageMin: 50, ageMax: 49 })
      .where(eq(targetProfiles.projectId, projectId))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(direct).toBeInstanceOf(Error);
    expect(await snapshot(db(), projectId)).toEqual(before);
  });

  it("gives a stranger not_found, a mentor forbidden, an editor the right to save", async () => {
    const { owner, projectId } = await mealKitService();
    const saved = await saveDemographicsStep({ actor: owner, projectId, values: { version: 0, ...mealKit } });
    const before = await snapshot(db(), projectId);
    const stranger = await createTestUser(db());
    await createProject({ actor: stranger, details: { name: "Mine", description: "" } });
    await expectAppError(getDemographicsStep({ actor: stranger, projectId }), "not_found");
    await expectAppError(saveDemographicsStep({ actor: stranger, projectId, values: asInput(saved) }), "not_found");
    await expectAppError(saveDemographicsStep({ actor: stranger, projectId: "not-a-uuid", values: asInput(saved) }), "not_found");

    const mentor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    expect((await getDemographicsStep({ actor: mentor, projectId })).occupation).toBe(mealKit.occupation);
    await expectAppError(saveDemographicsStep({ actor: mentor, projectId, values: { ...asInput(saved), occupation: "" } }), "forbidden");
    expect(await snapshot(db(), projectId)).toEqual(before);

    const editor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: editor.id, role: "editor" });
    const edited = await saveDemographicsStep({ actor: editor, projectId, values: { ...asInput(saved), occupation: "Nurses on shifts" } });
    expect(edited.occupation).toBe("Nurses on shifts");
  });

  it("keeps each project's profile to itself", async () => {
    const mine = await mealKitService();
    const theirs = await mealKitService();
    const theirSaved = await saveDemographicsStep({ actor: theirs.owner, projectId: theirs.projectId, values: { version: 0, ...mealKit } });
    await saveDemographicsStep({ actor: mine.owner, projectId: mine.projectId, values: { version: 0, ...EMPTY_DEMOGRAPHICS } });
    expect(await getDemographicsStep({ actor: theirs.owner, projectId: theirs.projectId })).toEqual(theirSaved);
  });

  it("gives step 4 its starting point for new personas once saved", async () => {
    const { owner, projectId } = await mealKitService();
    expect((await getPersonasStep({ actor: owner, projectId })).defaults).toEqual({
      ageMin: null,
      ageMax: null,
      generation: "",
      gender: "",
      location: "",
      occupation: "",
    });
    const saved = await saveDemographicsStep({
      actor: owner,
      projectId,
      values: { version: 0, ...mealKit, genders: ["women", "Personas no binarias", "Two-spirit people"] },
    });
    // Stored as codes whatever language the choice came in; a persona gets the reader's words.
    expect(saved.genders).toEqual(["women", "nonBinary", "Two-spirit people"]);
    const spanish = { women: "Mujeres", men: "Hombres", nonBinary: "Personas no binarias", allGenders: "Todos los géneros" };
    expect((await getPersonasStep({ actor: owner, projectId, genderLabel: (code) => spanish[code] })).defaults.gender).toBe(
      "Mujeres, Personas no binarias, Two-spirit people",
    );
    expect((await getPersonasStep({ actor: owner, projectId })).defaults).toEqual({
      ageMin: 28,
      ageMax: 45,
      generation: "millennials",
      gender: "women, nonBinary, Two-spirit people",
      location: "Madrid, Valencia «centro»",
      occupation: "Office workers with long days",
    });

    // A spread of generations is for the owner to narrow down per persona.
    await saveDemographicsStep({ actor: owner, projectId, values: { ...asInput(saved), generations: ["gen_x", "millennials"] } });
    expect((await getPersonasStep({ actor: owner, projectId })).defaults.generation).toBe("");
  });
});
