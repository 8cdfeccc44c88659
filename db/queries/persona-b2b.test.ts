import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { MUSIC_SCHOOL_B2B } from "@/lib/testing/b2b-persona";
import { describeEachDatabase } from "@/lib/testing/databases";
import { projectWithOneOffering } from "@/lib/testing/offering-project";
import type { PersonaB2b } from "@/lib/validation/persona-b2b";
import { blankPersona, type PersonaInput } from "@/lib/validation/personas-step";
import { personas } from "../schema";
import { duplicateProject } from "./duplicate-project";
import { getPersonasStep, savePersonasStep } from "./personas-step";
import { getPlanOverview } from "./plan-overview";

// A persona who buys for a company (issue 16) through step 4's versioned save: stored and read
// back whole, null for one who buys for themselves, copied with the project.

const buyer = (offeringId: string, b2b: PersonaB2b | null | undefined): PersonaInput => ({
  ...blankPersona(randomUUID(), offeringId),
  name: "Head of studies",
  b2b,
});

describeEachDatabase("step 4: a persona who buys for a company", (getConnection) => {
  const db = () => getConnection().db;

  it("stores the company and its committee and reads them back unchanged", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    const saved = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [buyer(offeringId, MUSIC_SCHOOL_B2B)] },
    });
    expect(saved.personas[0]!.b2b).toEqual(MUSIC_SCHOOL_B2B);
    expect((await getPersonasStep({ actor: owner, projectId })).personas[0]!.b2b).toEqual(MUSIC_SCHOOL_B2B);
  });

  it("stores null for a persona who buys for themselves, sent as null or left out", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    const first = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: 0, personas: [buyer(offeringId, MUSIC_SCHOOL_B2B)] },
    });
    // Unticking the box sends null; an older tab's payload has no b2b at all.
    const unticked = await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: first.version, personas: [{ ...first.personas[0]!, b2b: null }, buyer(offeringId, undefined)] },
    });
    expect(unticked.personas.map((p) => p.b2b)).toEqual([null, null]);
    const rows = await db().select({ b2b: personas.b2b }).from(personas).where(eq(personas.projectId, projectId));
    expect(rows.map((r) => r.b2b)).toEqual([null, null]);
  });

  it("reads a row stored before the column existed as buying for themselves", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    await db().insert(personas).values({ projectId, offeringId, name: "Older", position: 0 });
    expect((await getPersonasStep({ actor: owner, projectId })).personas[0]!.b2b).toBeNull();
  });

  it("copies the company and its committee with the project", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    await savePersonasStep({ actor: owner, projectId, values: { version: 0, personas: [buyer(offeringId, MUSIC_SCHOOL_B2B)] } });
    const copyId = await duplicateProject({ actor: owner, projectId, name: "Copia" });
    const [copied] = await db().select({ b2b: personas.b2b }).from(personas).where(eq(personas.projectId, copyId));
    expect(copied!.b2b).toEqual(MUSIC_SCHOOL_B2B);
  });

  it("gives the plan the company with the persona's row, null for one who buys for themselves", async () => {
    const { owner, projectId, offeringId } = await projectWithOneOffering(db());
    const values = { version: 0, personas: [buyer(offeringId, MUSIC_SCHOOL_B2B), buyer(offeringId, null)] };
    await savePersonasStep({ actor: owner, projectId, values });
    const plan = await getPlanOverview({ actor: owner, projectId, locale: "en" });
    expect(plan.offerings[0]!.personas.map((p) => p.b2b)).toEqual([MUSIC_SCHOOL_B2B, null]);
  });
});
