import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/testing/databases";
import { projectWithOneOffering } from "@/lib/testing/offering-project";
import { LUCIA_VALIDATION } from "@/lib/testing/validation-plan";
import { NO_VALIDATION, type PersonaValidation } from "@/lib/validation/persona-validation";
import { blankPersona, type PersonaInput } from "@/lib/validation/personas-step";
import { personas } from "../schema";
import { duplicateProject } from "./duplicate-project";
import { getPersonasStep, savePersonasStep } from "./personas-step";

// A persona's validation (issue 16) through step 4's versioned save: stored and read back
// whole, its confirmed claims pruned like the value map, copied with the project.

/** A persona with a complete profile, so step 4's completeness is about the profile only. */
const lucia = (offeringId: string, validation: PersonaValidation): PersonaInput => ({
  ...blankPersona(randomUUID(), offeringId),
  name: "Lucía",
  jobs: ["Order a custom guitar"],
  pains: ["Long waits for a custom build", "Strings too high"],
  gains: ["A guitar made for my hands"],
  needs: "A playable neck",
  motivations: "Pride",
  ideals: "A player with her own sound",
  validation,
});

describeEachDatabase("step 4: a persona's validation", (getConnection) => {
  const db = () => getConnection().db;

  it("stores a validated persona with its evidence, claims and plan, and reads it back unchanged", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    const validation = LUCIA_VALIDATION;
    const saved = await savePersonasStep({ actor: owner, projectId, values: { version: 0, personas: [lucia(offeringId, validation)] } });
    expect(saved.personas[0]!.validation).toEqual(validation);
    const read = await getPersonasStep({ actor: owner, projectId });
    expect(read.personas[0]!.validation).toEqual(validation);
    // Validation is not an answer the step needs: the step is complete either way.
    expect(read.meta.completed).toBe(true);
  });

  it("keeps step 4 complete for a persona that is still an assumption", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    await savePersonasStep({ actor: owner, projectId, values: { version: 0, personas: [lucia(offeringId, NO_VALIDATION)] } });
    const read = await getPersonasStep({ actor: owner, projectId });
    expect(read.meta.completed).toBe(true);
    expect(read.personas[0]!.validation).toEqual(NO_VALIDATION);
  });

  it("reads a row stored before the validation existed as an assumption", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    // The column's default stands in for what the migration gives existing rows.
    await db().insert(personas).values({ projectId, offeringId, name: "Older", position: 0 });
    expect((await getPersonasStep({ actor: owner, projectId })).personas[0]!.validation).toEqual(NO_VALIDATION);
  });

  it("drops the confirmations of items the persona no longer has, spelt as the persona spells them", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    const first = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [lucia(offeringId, LUCIA_VALIDATION)] },
    });
    const stored = first.personas[0]!;
    const changed: PersonaInput = {
      ...stored,
      // The pain goes; the gain stays, its claim sent in other case and spacing.
      pains: ["Strings too high"],
      validation: {
        ...stored.validation,
        validatedClaims: [
          { kind: "pain", item: "Long waits for a custom build" },
          { kind: "gain", item: "a guitar MADE for my hands" },
          { kind: "job", item: "Something never listed" },
        ],
      },
    };
    const saved = await savePersonasStep({ actor: owner, projectId, values: { version: first.version, personas: [changed] } });
    const expected = { ...stored.validation, validatedClaims: [{ kind: "gain", item: "A guitar made for my hands" }] };
    expect(saved.personas[0]!.validation).toEqual(expected);
    expect((await getPersonasStep({ actor: owner, projectId })).personas[0]!.validation).toEqual(expected);
  });

  it("copies the validation with the project, giving the plan's rows new ids", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    // One check done, one still open: both are copied.
    const validation = LUCIA_VALIDATION;
    await savePersonasStep({ actor: owner, projectId, values: { version: 0, personas: [lucia(offeringId, validation)] } });
    const copyId = await duplicateProject({ actor: owner, projectId, name: "Copia" });
    const [copied] = await db().select({ validation: personas.validation }).from(personas).where(eq(personas.projectId, copyId));
    const withoutIds = (v: PersonaValidation) => ({ ...v, plan: v.plan.map((item) => ({ ...item, id: "" })) });
    expect(withoutIds(copied!.validation)).toEqual(withoutIds(validation));
    const originalIds = new Set(validation.plan.map((i) => i.id));
    expect(copied!.validation.plan.filter((i) => originalIds.has(i.id))).toEqual([]);
  });
});
