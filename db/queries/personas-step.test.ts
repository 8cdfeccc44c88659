import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import { expectAppError, rejection } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { addChannels } from "@/lib/testing/project-channels";
import { readStepRow } from "@/lib/testing/step-row";
import type { OfferingsStepInput } from "@/lib/validation/offerings-step";
import { blankPersona, type PersonaInput, type PersonasStepInput } from "@/lib/validation/personas-step";
import type { Database } from "../connect";
import { contentIdeas, personas, projectMembers, targetProfiles } from "../schema";
import { saveOfferingsStep } from "./offerings-step";
import { getPersonasStep, PERSONAS_STEP, PersonasFieldErrors, savePersonasStep, type PersonasStepView } from "./personas-step";
import { createProject } from "./projects";

/** Step 2's channels of the guitar shop: a ready-made one by code, the rest by the owner's names. */
const CHANNEL_NAMES = ["instagram", "Music school", "Guitar forums 🎸", "«Luthier» newsletters"];

function persona(offeringId: string, name: string, overrides: Partial<PersonaInput> = {}): PersonaInput {
  return {
    ...blankPersona(randomUUID(), offeringId),
    name,
    description: `${name}, in one believable sentence`,
    ageMin: 19,
    ageMax: 27,
    gender: "Any",
    location: "Valencia",
    occupation: "Student and part-time barista",
    generation: "gen_z",
    goals: ["Play a first gig", "Record a demo"],
    jobs: ["Choose a guitar that stays in tune"],
    pains: ["Cheap guitars buzz"],
    gains: ["Sounding good on a budget"],
    needs: "A playable guitar under 600 euros",
    motivations: "Pride in a hand-made instrument",
    ideals: "Being taken seriously as a musician",
    decisionRoles: ["influencer", "end_user"],
    needsIntermediary: true,
    attractingContent: "Short demos played by local bands",
    objections: "Thinks hand-made is out of reach; monthly payments would help",
    ...overrides,
  };
}

/** Personas as values only: ids dropped and offerings named, so browser and server ids compare equal. */
function byValue(step: Pick<PersonasStepView, "personas" | "offerings">) {
  const offeringName = new Map(step.offerings.map((o) => [o.id, o.name]));
  return step.personas.map((p) => {
    const fields: Partial<PersonaInput> = { ...p };
    delete fields.id;
    delete fields.offeringId;
    return { ...fields, offering: offeringName.get(p.offeringId) };
  });
}

/** The view without step 3's defaults, as the save returns it. */
const stepView = ({ meta, version, offerings, personas: list, stages }: PersonasStepView): PersonasStepView => ({
  meta,
  version,
  offerings,
  personas: list,
  stages,
});

const asInput = (view: PersonasStepView): PersonasStepInput => ({ version: view.version, personas: view.personas });

const personasStepRow = (db: Database, projectId: string) =>
  readStepRow(db, projectId, PERSONAS_STEP, ["version", "completed", "updatedBy"]);

/** Everything step 4 stores for a project. */
async function snapshot(db: Database, projectId: string) {
  return {
    step: await personasStepRow(db, projectId),
    personas: await db.select().from(personas).where(eq(personas.projectId, projectId)).orderBy(personas.offeringId, personas.position),
    ideas: await db.select().from(contentIdeas).where(eq(contentIdeas.projectId, projectId)).orderBy(contentIdeas.position),
  };
}

describeEachDatabase("step 4: buyer personas", (getConnection) => {
  const db = () => getConnection().db;

  /** An owner, a project and step 1 saved with the given offerings (by default a guitar shop's two). */
  async function projectWithOfferings(names = ["Starter guitar", "Premium guitar"]) {
    const owner = await createTestUser(db());
    const projectId = await createProject({ actor: owner, details: { name: "Guitarras Lorca", description: "Hand-made guitars" } });
    const category = { id: randomUUID(), name: "Guitars" };
    const values: OfferingsStepInput = {
      version: 0,
      categories: [category],
      offerings: names.map((name) => ({
        id: randomUUID(),
        categoryId: category.id,
        name,
        definition: "d",
        objective: "o",
        weight: 3,
        revenueShare: null,
        tier: "core" as const,
        audience: "a",
      })),
    };
    const step1 = await saveOfferingsStep({ actor: owner, projectId, values });
    const channels = await addChannels(owner, projectId, CHANNEL_NAMES);
    return { owner, projectId, step1, offeringIds: step1.offerings.map((o) => o.id), channels };
  }

  it("lists step 1's offerings in order, with no personas yet", async () => {
    const { owner, projectId } = await projectWithOfferings();
    const step = await getPersonasStep({ actor: owner, projectId });
    expect(step.offerings.map((o) => o.name)).toEqual(["Starter guitar", "Premium guitar"]);
    expect(step.personas).toEqual([]);
    expect(step.version).toBe(0);
    expect(step.meta).toMatchObject({ version: 0, completed: false, updatedByName: null });
    expect(step.defaults).toEqual({ ageMin: null, ageMax: null, gender: "", location: "", occupation: "", generation: "" });
  });

  it("saves personas on two offerings and reads back exactly what was saved", async () => {
    const { owner, projectId, offeringIds, channels } = await projectWithOfferings();
    const [starter, premium] = offeringIds as [string, string];
    const values: PersonasStepInput = {
      version: 0,
      personas: [
        persona(starter, "Lucía, the garage-band guitarist", {
          channelIds: [channels.get("instagram")!, channels.get("Music school")!],
        }),
        persona(premium, "Andrés, the session player", {
          ageMin: null,
          ageMax: null,
          gender: "",
          generation: "",
          goals: [],
          decisionRoles: ["decision_maker"],
          needsIntermediary: false,
          channelIds: [channels.get("Guitar forums 🎸")!, channels.get("«Luthier» newsletters")!],
        }),
        persona(starter, "Pablo, the parent who pays", { decisionRoles: ["decision_maker", "buyer"], generation: "gen_x" }),
      ],
    };

    const saved = await savePersonasStep({ actor: owner, projectId, values });
    expect(saved.version).toBe(1);
    expect(saved.meta).toMatchObject({ version: 1, completed: true });
    expect(saved.meta.updatedByName).toEqual(expect.stringContaining("Test user"));
    // Grouped by offering order, each offering's personas in the order they were sent.
    const sent = byValue({ personas: values.personas, offerings: saved.offerings });
    expect(byValue(saved)).toEqual([sent[0], sent[2], sent[1]]);

    const read = stepView(await getPersonasStep({ actor: owner, projectId }));
    expect(read).toEqual(saved);
    // New rows get server ids: the browser's are only keys.
    const sentIds = new Set(values.personas.map((p) => p.id));
    for (const p of read.personas) expect(sentIds.has(p.id)).toBe(false);

    // Second save with the server ids: edit one, move one up within its offering, remove one, add one.
    const [lucia, pablo, andres] = read.personas as [PersonaInput, PersonaInput, PersonaInput];
    const marta = persona(premium, "Marta, the touring guitarist", { decisionRoles: ["influencer"] });
    const second: PersonasStepInput = {
      version: read.version,
      personas: [{ ...pablo, objections: "Worried about the price" }, lucia, marta],
    };
    const resaved = await savePersonasStep({ actor: owner, projectId, values: second });
    expect(resaved.version).toBe(2);
    expect(resaved.personas.map((p) => p.name)).toEqual([
      "Pablo, the parent who pays",
      "Lucía, the garage-band guitarist",
      "Marta, the touring guitarist",
    ]);
    expect(resaved.personas[0]).toEqual({ ...pablo, objections: "Worried about the price" });
    expect(resaved.personas[1]).toEqual(lucia);
    expect(resaved.personas[2]!.id).not.toBe(marta.id);
    expect(await db().select().from(personas).where(eq(personas.id, andres.id))).toEqual([]);
    const reread = stepView(await getPersonasStep({ actor: owner, projectId }));
    expect(reread).toEqual(resaved);
    const positions = await db()
      .select({ name: personas.name, position: personas.position })
      .from(personas)
      .where(eq(personas.projectId, projectId))
      .orderBy(personas.name);
    expect(positions).toEqual([
      { name: "Lucía, the garage-band guitarist", position: 1 },
      { name: "Marta, the touring guitarist", position: 0 },
      { name: "Pablo, the parent who pays", position: 0 },
    ]);
  });

  it("is complete only when every offering has a persona, and follows step 1's changes", async () => {
    const { owner, projectId, step1, offeringIds } = await projectWithOfferings();
    const [starter, premium] = offeringIds as [string, string];
    // Saving step 1 already recorded step 4 as incomplete, at version 0.
    expect(await personasStepRow(db(), projectId)).toEqual({ version: 0, completed: false, updatedBy: null });

    const one = await savePersonasStep({ actor: owner, projectId, values: { version: 0, personas: [persona(starter, "Lucía")] } });
    expect(one.meta.completed).toBe(false);
    const both = await savePersonasStep({
      actor: owner,
      projectId,
      values: { ...asInput(one), personas: [...one.personas, persona(premium, "Andrés")] },
    });
    expect(both.meta.completed).toBe(true);
    expect((await getPersonasStep({ actor: owner, projectId })).meta.completed).toBe(true);

    // Step 1 adds an offering: step 4 is incomplete again, without a new version or saver.
    const amp = { ...step1.offerings[0]!, id: randomUUID(), name: "Hand-wired amplifier" };
    const withAmp = await saveOfferingsStep({
      actor: owner,
      projectId,
      values: { version: step1.version, categories: step1.categories, offerings: [...step1.offerings, amp] },
    });
    expect(await personasStepRow(db(), projectId)).toEqual({ version: 2, completed: false, updatedBy: owner.id });
    const afterAmp = await getPersonasStep({ actor: owner, projectId });
    expect(afterAmp.meta.completed).toBe(false);
    expect(afterAmp.offerings.map((o) => o.name)).toEqual(["Starter guitar", "Premium guitar", "Hand-wired amplifier"]);

    // Step 1 removes it again: complete once more.
    const withoutAmp = await saveOfferingsStep({
      actor: owner,
      projectId,
      values: { version: withAmp.version, categories: withAmp.categories, offerings: withAmp.offerings.slice(0, 2) },
    });
    expect(await personasStepRow(db(), projectId)).toEqual({ version: 2, completed: true, updatedBy: owner.id });

    // Removing an offering with personas needs confirmation in step 1, and then recomputes step 4.
    const withoutPremium = { version: withoutAmp.version, categories: withoutAmp.categories, offerings: withoutAmp.offerings.slice(0, 1) };
    await expectAppError(saveOfferingsStep({ actor: owner, projectId, values: withoutPremium }), "needs_confirmation");
    await saveOfferingsStep({ actor: owner, projectId, values: withoutPremium, confirmRemovals: true });
    const afterRemoval = await getPersonasStep({ actor: owner, projectId });
    expect(afterRemoval.personas.map((p) => p.name)).toEqual(["Lucía"]);
    expect(afterRemoval.meta.completed).toBe(true);
  });

  it("is never complete without offerings", async () => {
    const { owner, projectId } = await projectWithOfferings([]);
    const saved = await savePersonasStep({ actor: owner, projectId, values: { version: 0, personas: [] } });
    expect(saved.meta.completed).toBe(false);
  });

  it("refuses a save on top of a newer version and changes nothing", async () => {
    const { owner, projectId, offeringIds } = await projectWithOfferings();
    const saved = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [persona(offeringIds[0]!, "Lucía")] },
    });
    const before = await snapshot(db(), projectId);
    const error = await expectAppError(
      savePersonasStep({ actor: owner, projectId, values: { version: 0, personas: [persona(offeringIds[1]!, "Someone else's idea")] } }),
      "conflict",
    );
    expect(error.details).toEqual({ currentVersion: saved.version });
    expect(await snapshot(db(), projectId)).toEqual(before);
  });

  it("gives a stranger not_found, a mentor forbidden, and changes nothing", async () => {
    const { owner, projectId, offeringIds } = await projectWithOfferings();
    const saved = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [persona(offeringIds[0]!, "Lucía")] },
    });
    const before = await snapshot(db(), projectId);
    const stranger = await createTestUser(db());
    await createProject({ actor: stranger, details: { name: "Mine", description: "" } });
    await expectAppError(getPersonasStep({ actor: stranger, projectId }), "not_found");
    await expectAppError(savePersonasStep({ actor: stranger, projectId, values: asInput(saved) }), "not_found");
    await expectAppError(savePersonasStep({ actor: stranger, projectId: "not-a-uuid", values: asInput(saved) }), "not_found");

    const mentor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    expect((await getPersonasStep({ actor: mentor, projectId })).personas).toHaveLength(1);
    await expectAppError(savePersonasStep({ actor: mentor, projectId, values: { ...asInput(saved), personas: [] } }), "forbidden");
    expect(await snapshot(db(), projectId)).toEqual(before);
  });

  it("reports offerings and channels the project does not have as field errors and writes nothing", async () => {
    const { owner, projectId, offeringIds, channels } = await projectWithOfferings();
    const other = await projectWithOfferings(["Someone else's course"]);
    const before = await snapshot(db(), projectId);
    const mine = channels.get("instagram")!;
    const error = await rejection(
      savePersonasStep({
        actor: owner,
        projectId,
        values: {
          version: 0,
          personas: [
            persona(offeringIds[0]!, "Fine", { channelIds: [mine] }),
            persona(other.offeringIds[0]!, "Foreign offering"),
            persona(randomUUID(), "Made-up offering"),
            persona(offeringIds[0]!, "Foreign channel", { channelIds: [mine, other.channels.get("instagram")!] }),
            persona(offeringIds[1]!, "Made-up channel", { channelIds: [randomUUID()] }),
          ],
        },
      }),
    );
    expect(error).toBeInstanceOf(PersonasFieldErrors);
    expect((error as PersonasFieldErrors).fieldErrors).toEqual({
      "personas.1.offeringId": "unknown_offering",
      "personas.2.offeringId": "unknown_offering",
      "personas.3.channelIds": "unknown_channel",
      "personas.4.channelIds": "unknown_channel",
    });
    expect(await snapshot(db(), projectId)).toEqual(before);
    expect(await db().select().from(personas).where(eq(personas.projectId, other.projectId))).toEqual([]);
  });

  it("treats another project's persona id as a new row and leaves that persona alone", async () => {
    const mine = await projectWithOfferings();
    const theirs = await projectWithOfferings(["Their offering"]);
    const theirSaved = await savePersonasStep({
      actor: theirs.owner,
      projectId: theirs.projectId,
      values: { version: 0, personas: [persona(theirs.offeringIds[0]!, "Theirs")] },
    });
    const theirPersona = theirSaved.personas[0]!;
    const saved = await savePersonasStep({
      actor: mine.owner,
      projectId: mine.projectId,
      values: { version: 0, personas: [{ ...theirPersona, offeringId: mine.offeringIds[0]!, name: "Hijack attempt" }] },
    });
    expect(saved.personas[0]!.id).not.toBe(theirPersona.id);
    const [untouched] = await db()
      .select({ name: personas.name, projectId: personas.projectId })
      .from(personas)
      .where(eq(personas.id, theirPersona.id));
    expect(untouched).toEqual({ name: "Theirs", projectId: theirs.projectId });
  });

  it("asks before removing a persona that content ideas use, then removes both", async () => {
    const { owner, projectId, offeringIds } = await projectWithOfferings();
    const saved = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [persona(offeringIds[0]!, "Lucía"), persona(offeringIds[1]!, "Andrés")] },
    });
    const [lucia, andres] = saved.personas as [PersonaInput, PersonaInput];
    const [awareness, consideration, decision] = saved.stages.map((s) => s.id);
    await db()
      .insert(contentIdeas)
      .values([
        { projectId, personaId: lucia.id, topic: "Five chords for your first gig", stageId: awareness!, position: 0 },
        { projectId, personaId: lucia.id, topic: "Why cheap guitars go out of tune", stageId: consideration!, position: 1 },
        { projectId, personaId: andres.id, topic: "Inside the workshop", stageId: decision!, position: 2 },
      ]);
    const before = await snapshot(db(), projectId);
    const withoutLucia = { version: saved.version, personas: [andres] };

    const error = await expectAppError(savePersonasStep({ actor: owner, projectId, values: withoutLucia }), "needs_confirmation");
    expect(error.details).toEqual({ dependents: [{ kind: "persona", name: "Lucía", contentIdeas: 2, socialPlans: 0, campaigns: 0 }] });
    expect(await snapshot(db(), projectId)).toEqual(before);

    const confirmed = await savePersonasStep({ actor: owner, projectId, values: withoutLucia, confirmRemovals: true });
    expect(confirmed.personas).toEqual([andres]);
    expect(confirmed.meta.completed).toBe(false);
    const ideas = await db()
      .select({ topic: contentIdeas.topic, personaId: contentIdeas.personaId })
      .from(contentIdeas)
      .where(eq(contentIdeas.projectId, projectId));
    expect(ideas).toEqual([{ topic: "Inside the workshop", personaId: andres.id }]);
    expect(await db().select().from(personas).where(eq(personas.id, lucia.id))).toEqual([]);
  });

  it("removes personas nothing depends on without asking", async () => {
    const { owner, projectId, offeringIds } = await projectWithOfferings();
    const saved = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [persona(offeringIds[0]!, "Lucía")] },
    });
    const emptied = await savePersonasStep({ actor: owner, projectId, values: { version: saved.version, personas: [] } });
    expect(emptied.personas).toEqual([]);
    expect(emptied.meta.completed).toBe(false);
  });

  it("has the database refuse to delete a persona that content ideas reference", async () => {
    const { owner, projectId, offeringIds } = await projectWithOfferings();
    const saved = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [persona(offeringIds[0]!, "Lucía")] },
    });
    const personaId = saved.personas[0]!.id;
    await db().insert(contentIdeas).values({ projectId, personaId, topic: "Gig checklist", stageId: saved.stages[0]!.id, position: 0 });
    const error = await rejection(db().delete(personas).where(eq(personas.id, personaId)));
    expect(error).toBeInstanceOf(Error);
    const cause = (error as { cause?: { code?: string } }).cause;
    expect(cause?.code ?? (error as { code?: string }).code).toBe("23503");
    expect(
      await db()
        .select({ id: personas.id })
        .from(personas)
        .where(inArray(personas.id, [personaId])),
    ).toHaveLength(1);
  });

  it("offers step 3's demographics as the starting point for new personas", async () => {
    const { owner, projectId } = await projectWithOfferings();
    await db()
      .insert(targetProfiles)
      .values({
        projectId,
        ageMin: 30,
        ageMax: 45,
        generations: ["millennials"],
        genders: ["Women", "Men"],
        locations: ["Madrid", "Barcelona"],
        occupation: "Office workers",
      });
    const step = await getPersonasStep({ actor: owner, projectId });
    expect(step.defaults).toEqual({
      ageMin: 30,
      ageMax: 45,
      generation: "millennials",
      gender: "Women, Men",
      location: "Madrid, Barcelona",
      occupation: "Office workers",
    });

    // Several generations (or unknown ones) leave the persona's generation to the owner.
    await db()
      .update(targetProfiles)
      .set({ generations: ["millennials", "gen_z"] })
      .where(eq(targetProfiles.projectId, projectId));
    expect((await getPersonasStep({ actor: owner, projectId })).defaults.generation).toBe("");
  });
});
