import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { expectAppError } from "@/lib/testing/app-errors";
import { describeEachDatabase } from "@/lib/testing/databases";
import { projectWithOneOffering } from "@/lib/testing/offering-project";
import { countingConnection } from "@/lib/testing/query-counter";
import { addChannels } from "@/lib/testing/project-channels";
import { blankCampaign, blankContentIdea } from "@/lib/validation/integration-step";
import { blankCell, type JourneyStageInput } from "@/lib/validation/journey";
import { blankPersona, personasStepSchema, type PersonasStepInput } from "@/lib/validation/personas-step";
import { campaigns, contentIdeas, journeyStages } from "../schema";
import { saveIntegrationStep } from "./integration-step";
import { getPersonasStep, savePersonasStep } from "./personas-step";

// The project's own journey stages, edited with step 4: renamed, reordered, added, removed.

describeEachDatabase("step 4: the project's journey stages", (getConnection) => {
  const db = () => getConnection().db;

  /** A guitar shop with one persona whose map has a written cell on "consideration", and step 5 on it. */
  async function shop() {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    const { stages } = await getPersonasStep({ actor: owner, projectId });
    const stage = (name: string) => stages.find((s) => s.name === name)!.id;
    const journey = {
      objective: "",
      walkedOn: "",
      walkedNotes: "",
      cells: [{ ...blankCell(stage("consideration")), painPoints: "Cannot try the guitar before paying" }, blankCell(stage("decision"))],
    };
    const step4 = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [{ ...blankPersona(randomUUID(), offeringId), name: "Lucía", journey }] },
    });
    const lucia = step4.personas[0]!.id;
    const channelId = (await addChannels(owner, projectId, ["instagram"])).get("instagram")!;
    const step5 = await saveIntegrationStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        contentIdeas: [
          { ...blankContentIdea(randomUUID(), lucia, stage("consideration")), topic: "Tonewoods compared" },
          { ...blankContentIdea(randomUUID(), lucia, stage("awareness")), topic: "Why guitars buzz" },
        ],
        socialPlans: [],
        campaigns: [
          { ...blankCampaign(randomUUID()), offeringId, personaIds: [lucia], channelId, budget: "10", stageId: stage("consideration") },
        ],
      },
    });
    return { owner, projectId, stage, step4, step5 };
  }

  const save = (owner: { id: string }, projectId: string, values: PersonasStepInput, confirmRemovals = false) =>
    savePersonasStep({ actor: owner, projectId, values, confirmRemovals });

  const storedStages = (projectId: string) =>
    db()
      .select({ name: journeyStages.name, position: journeyStages.position })
      .from(journeyStages)
      .where(eq(journeyStages.projectId, projectId))
      .orderBy(journeyStages.position);

  it("renames, reorders and adds stages, keeping ready-made ones by code and new cells on the server's ids", async () => {
    const { owner, projectId, stage, step4 } = await shop();
    const added = { id: randomUUID(), name: "First workshop visit" };
    const stages: JourneyStageInput[] = [
      { id: stage("awareness"), name: "awareness" },
      added,
      { id: stage("decision"), name: "Ready to order" },
      { id: stage("consideration"), name: "consideration" },
      { id: stage("retention"), name: "retention" },
      { id: stage("advocacy"), name: "advocacy" },
    ];
    const persona = step4.personas[0]!;
    const journey = { ...persona.journey, cells: [...persona.journey.cells, { ...blankCell(added.id), touchpoints: "The workshop" }] };
    const saved = await save(owner, projectId, { version: step4.version, personas: [{ ...persona, journey }], stages });
    expect(saved.stages.map((s) => s.name)).toEqual([
      "awareness",
      "First workshop visit",
      "Ready to order",
      "consideration",
      "retention",
      "advocacy",
    ]);
    // Stored stages keep their ids; the new one gets a server id, and its cell follows it.
    const addedId = saved.stages[1]!.id;
    expect(addedId).not.toBe(added.id);
    expect(saved.stages.filter((s) => s !== saved.stages[1]).map((s) => s.id)).toEqual(stages.filter((s) => s !== added).map((s) => s.id));
    expect(saved.personas[0]!.journey.cells.at(-1)!.stageId).toBe(addedId);
    expect((await storedStages(projectId)).map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await getPersonasStep({ actor: owner, projectId })).toMatchObject({ stages: saved.stages });
  });

  it("leaves the list alone when a save does not send it", async () => {
    const { owner, projectId, step4 } = await shop();
    const before = await storedStages(projectId);
    await save(owner, projectId, { version: step4.version, personas: step4.personas });
    expect(await storedStages(projectId)).toEqual(before);
  });

  it("asks before removing a stage in use, then moves its ideas and campaigns to the stage before it and drops its cells", async () => {
    const { owner, projectId, stage, step4, step5 } = await shop();
    const values = {
      version: step4.version,
      personas: step4.personas,
      stages: step4.stages.filter((s) => s.name !== "consideration"),
    };
    const before = await storedStages(projectId);
    const error = await expectAppError(save(owner, projectId, values), "needs_confirmation");
    expect(error.details).toEqual({
      dependents: [{ kind: "stage", name: "consideration", movesTo: "awareness", contentIdeas: 1, campaigns: 1, journeyCells: 1 }],
    });
    expect(await storedStages(projectId)).toEqual(before);

    const saved = await save(owner, projectId, values, true);
    expect(saved.stages.map((s) => s.name)).toEqual(["awareness", "decision", "retention", "advocacy"]);
    // The blank cell on "decision" stays; the written one on the removed stage is gone.
    expect(saved.personas[0]!.journey.cells.map((c) => c.stageId)).toEqual([stage("decision")]);
    const ideas = await db()
      .select({ topic: contentIdeas.topic, stageId: contentIdeas.stageId })
      .from(contentIdeas)
      .where(eq(contentIdeas.projectId, projectId))
      .orderBy(contentIdeas.position);
    expect(ideas).toEqual([
      { topic: "Tonewoods compared", stageId: stage("awareness") },
      { topic: "Why guitars buzz", stageId: stage("awareness") },
    ]);
    const [campaign] = await db().select({ stageId: campaigns.stageId }).from(campaigns).where(eq(campaigns.projectId, projectId));
    expect(campaign!.stageId).toBe(stage("awareness"));
    // A step 5 form opened before the move must reload rather than write its ideas back.
    await expectAppError(
      saveIntegrationStep({
        actor: owner,
        projectId,
        values: { version: step5.version, contentIdeas: [], socialPlans: [], campaigns: [] },
      }),
      "conflict",
    );
  });

  it("moves the first stage's content to the new first stage, and removes unused stages without asking", async () => {
    const { owner, projectId, stage, step4 } = await shop();
    const stages = step4.stages.filter((s) => s.name !== "awareness" && s.name !== "advocacy");
    const error = await expectAppError(
      save(owner, projectId, { version: step4.version, personas: step4.personas, stages }),
      "needs_confirmation",
    );
    // "advocacy" holds nothing, so only "awareness" is listed.
    expect(error.details?.dependents).toEqual([
      { kind: "stage", name: "awareness", movesTo: "consideration", contentIdeas: 1, campaigns: 0, journeyCells: 0 },
    ]);
    await save(owner, projectId, { version: step4.version, personas: step4.personas, stages }, true);
    const ideas = await db().select({ stageId: contentIdeas.stageId }).from(contentIdeas).where(eq(contentIdeas.projectId, projectId));
    expect(ideas.map((i) => i.stageId)).toEqual([stage("consideration"), stage("consideration")]);
    expect((await storedStages(projectId)).map((s) => s.name)).toEqual(["consideration", "decision", "retention"]);
  });

  it("refuses an empty list, more than twelve stages and repeated names", async () => {
    const { step4 } = await shop();
    const base = { version: step4.version, personas: step4.personas };
    const names = Array.from({ length: 13 }, (_, i) => ({ id: randomUUID(), name: `Stage ${i + 1}` }));
    const errors = (stages: JourneyStageInput[]) =>
      personasStepSchema.safeParse({ ...base, stages }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(errors([])).toEqual([["stages", "required"]]);
    expect(errors(names)).toEqual([["stages", "too_many:12"]]);
    expect(
      errors([
        { id: randomUUID(), name: "Visit" },
        { id: randomUUID(), name: " visit " },
      ]),
    ).toEqual([["stages.1.name", "duplicate"]]);
  });

  it("replaces the list in as many statements for twelve stages as for one, moves included", async () => {
    const counts: number[] = [];
    for (const size of [1, 12]) {
      const { owner, projectId, step4 } = await shop();
      const stages = Array.from({ length: size }, (_, i) => ({ id: randomUUID(), name: `Stage ${i + 1}` }));
      const counting = await countingConnection(getConnection());
      setConnectionForTests(counting.connection);
      try {
        await save(owner, projectId, { version: step4.version, personas: step4.personas, stages }, true);
      } finally {
        setConnectionForTests(getConnection());
      }
      counts.push(counting.queries.length);
      expect((await storedStages(projectId)).map((s) => s.name)).toEqual(stages.map((s) => s.name));
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
