import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { rejection } from "@/lib/testing/app-errors";
import { describeEachDatabase } from "@/lib/testing/databases";
import { projectWithOneOffering } from "@/lib/testing/offering-project";
import { blankCell } from "@/lib/validation/journey";
import { blankPersona } from "@/lib/validation/personas-step";
import { getPersonasStep, type PersonasFieldErrors, savePersonasStep } from "./personas-step";

// A persona's journey map through step 4's save: cells point at the project's own stages.

describeEachDatabase("step 4: journey maps", (getConnection) => {
  const db = () => getConnection().db;

  async function project() {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    return { owner, projectId, offeringId: offeringId };
  }

  it("starts every project with the five ready-made stages and keeps a map's cells by stage", async () => {
    const { owner, projectId, offeringId } = await project();
    const { stages } = await getPersonasStep({ actor: owner, projectId });
    expect(stages.map((s) => s.name)).toEqual(["awareness", "consideration", "decision", "retention", "advocacy"]);
    const journey = {
      objective: "Why first-time buyers stall before paying",
      walkedOn: "2026-11-20",
      walkedNotes: "The checkout asks for an account first",
      cells: [{ ...blankCell(stages[0]!.id), touchpoints: "Search, a friend's video", feeling: 1 as const, feelingWord: "Curious" }],
    };
    await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [{ ...blankPersona(randomUUID(), offeringId), name: "Lucía", journey }] },
    });
    expect((await getPersonasStep({ actor: owner, projectId })).personas[0]!.journey).toEqual(journey);
  });

  it("refuses a cell on a stage the project does not have, next to the persona, and writes nothing", async () => {
    const { owner, projectId, offeringId } = await project();
    const journey = { objective: "", walkedOn: "", walkedNotes: "", cells: [blankCell(randomUUID())] };
    const error = await rejection(
      savePersonasStep({
        actor: owner,
        projectId,
        values: { version: 0, personas: [{ ...blankPersona(randomUUID(), offeringId), name: "Lucía", journey }] },
      }),
    );
    expect((error as PersonasFieldErrors).fieldErrors).toEqual({ "personas.0.journey": "unknown_item" });
    expect((await getPersonasStep({ actor: owner, projectId })).personas).toEqual([]);
  });
});
