import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { journeyStages } from "@/db/schema";
import { expectAppError } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { projectWithOneOffering } from "@/lib/testing/offering-project";
import { countingConnection } from "@/lib/testing/query-counter";
import { blankContentIdea } from "@/lib/validation/integration-step";
import { blankPersona } from "@/lib/validation/personas-step";
import { getIntegrationStep, saveIntegrationStep } from "./integration-step";
import { addContentIdeaFromOpportunity, readJourneyPlanItems } from "./journey-plan-items";
import { getPersonasStep, savePersonasStep } from "./personas-step";

// Step 5's plan as each persona's journey map shows it, and an opportunity sent back to step 5.

describeEachDatabase("journey maps and step 5", (getConnection) => {
  const db = () => getConnection().db;

  async function project() {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    const step4 = await savePersonasStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        personas: [
          { ...blankPersona(randomUUID(), offeringId), name: "Lucía" },
          { ...blankPersona(randomUUID(), offeringId), name: "Andrés" },
        ],
      },
    });
    const [lucia, andres] = step4.personas.map((p) => p.id) as [string, string];
    const { stages } = await getPersonasStep({ actor: owner, projectId });
    const stageId = (name: string) => stages.find((s) => s.name === name)!.id;
    return { owner, projectId, lucia, andres, stageId };
  }

  it("places each content idea on the project's stage of its name, and none on a stage renamed away", async () => {
    const { owner, projectId, lucia, andres, stageId } = await project();
    const idea = (personaId: string, topic: string, stage: "awareness" | "decision") => ({
      ...blankContentIdea(randomUUID(), personaId, stageId(stage)),
      topic,
    });
    await saveIntegrationStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        contentIdeas: [
          idea(lucia, "Tuning guide", "awareness"),
          idea(andres, "Price list", "decision"),
          idea(lucia, "Setup video", "decision"),
        ],
        socialPlans: [],
        campaigns: [],
      },
    });
    const items = await getPersonasStep({ actor: owner, projectId }).then((step) => step.planItems);
    expect(items.map(({ personaId, stageId: stage, title, kind }) => ({ personaId, stage, title, kind }))).toEqual([
      { personaId: lucia, stage: stageId("awareness"), title: "Tuning guide", kind: "contentIdea" },
      { personaId: andres, stage: stageId("decision"), title: "Price list", kind: "contentIdea" },
      { personaId: lucia, stage: stageId("decision"), title: "Setup video", kind: "contentIdea" },
    ]);

    await db()
      .update(journeyStages)
      .set({ name: "Discovery" })
      .where(and(eq(journeyStages.projectId, projectId), eq(journeyStages.name, "awareness")));
    // Ideas point at the stage itself, so a renamed stage keeps them.
    expect((await readJourneyPlanItems(db(), projectId)).map((i) => i.title)).toEqual(["Tuning guide", "Price list", "Setup video"]);
  });

  it("reads the plan in two queries however many ideas there are", async () => {
    const { owner, projectId, lucia, stageId } = await project();
    const counting = await countingConnection(getConnection());
    const count = async () => {
      counting.queries.length = 0;
      await readJourneyPlanItems(counting.connection.db, projectId);
      return counting.queries.length;
    };
    expect(await count()).toBe(2);
    const ideas = Array.from({ length: 40 }, (_, i) => ({
      ...blankContentIdea(randomUUID(), lucia, stageId("awareness")),
      topic: `Idea ${i}`,
    }));
    await saveIntegrationStep({ actor: owner, projectId, values: { version: 0, contentIdeas: ideas, socialPlans: [], campaigns: [] } });
    expect(await count()).toBe(2);
  });

  it("appends an opportunity to step 5 after what is there, and refuses a stranger", async () => {
    const { owner, projectId, lucia, stageId } = await project();
    await addContentIdeaFromOpportunity({
      actor: owner,
      projectId,
      values: { personaId: lucia, stageId: stageId("retention"), topic: "Call back in a week" },
    });
    await addContentIdeaFromOpportunity({
      actor: owner,
      projectId,
      values: { personaId: lucia, stageId: stageId("decision"), topic: "Show the price" },
    });
    const step5 = await getIntegrationStep({ actor: owner, projectId });
    expect(step5.version).toBe(2);
    expect(step5.contentIdeas.map((i) => [i.topic, i.stageId, i.personaId])).toEqual([
      ["Call back in a week", stageId("retention"), lucia],
      ["Show the price", stageId("decision"), lucia],
    ]);

    const stranger = await createTestUser(db());
    await expectAppError(
      addContentIdeaFromOpportunity({ actor: stranger, projectId, values: { personaId: lucia, stageId: stageId("decision"), topic: "x" } }),
      "not_found",
    );
    expect((await getIntegrationStep({ actor: owner, projectId })).contentIdeas).toHaveLength(2);
  });
});
