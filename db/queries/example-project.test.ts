import { eq } from "drizzle-orm";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { exampleContent, freshExampleIds } from "@/lib/projects/example-project";
import { EXAMPLE_PROJECT_IDS } from "@/lib/projects/example-project-ids";
import { LOCALES } from "@/lib/i18n/locales";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { competitorsStepSchema } from "@/lib/validation/competitors-step";
import { demographicsStepSchema } from "@/lib/validation/demographics-step";
import { integrationStepSchema } from "@/lib/validation/integration-step";
import { offeringsStepSchema } from "@/lib/validation/offerings-step";
import { personasStepSchema } from "@/lib/validation/personas-step";
import { LIST_OF_KIND, factorLines } from "@/lib/validation/value-map";
import { projectMembers, projects, projectSteps } from "../schema";
import { duplicateProject } from "./duplicate-project";
import { ensureExampleProject, exampleMissing } from "./example-project";
import { listProjectsForUser } from "./projects";
import { getPlanOverview } from "./plan-overview";
import { getPersonasStep } from "./personas-step";

describe.each(LOCALES)("the %s example's content", (locale) => {
  const content = exampleContent(locale, freshExampleIds());
  const version = { version: 0 };

  it("passes the schema each step's save applies", () => {
    expect(z.safeParse(offeringsStepSchema, { ...version, ...content.offerings }).error).toBeUndefined();
    expect(z.safeParse(competitorsStepSchema, { ...version, ...content.competitors }).error).toBeUndefined();
    expect(z.safeParse(demographicsStepSchema, { ...version, ...content.demographics }).error).toBeUndefined();
    const step4 = { ...version, personas: content.personas, stages: content.stages };
    expect(z.safeParse(personasStepSchema, step4).error).toBeUndefined();
    expect(z.safeParse(integrationStepSchema, { ...version, ...content.integration }).error).toBeUndefined();
  });

  it("leaves no step with anything missing", () => {
    expect([...exampleMissing(content).values()]).toEqual([[], [], [], [], []]);
  });

  it("points every value map entry and every answer at what its persona wrote", () => {
    for (const persona of content.personas) {
      for (const entry of persona.valueMap) {
        expect(persona[LIST_OF_KIND[entry.kind]]).toEqual(expect.arrayContaining(entry.answers));
        expect(factorLines(persona.needs)).toEqual(expect.arrayContaining(entry.needs));
      }
    }
    const byId = new Map(content.personas.map((p) => [p.id, p]));
    for (const idea of content.integration.contentIdeas.filter((i) => i.addressesKind)) {
      const persona = byId.get(idea.personaId)!;
      expect(idea.addressesKind === "pain" ? persona.pains : persona.gains).toContain(idea.addresses);
    }
    for (const answer of content.integration.campaigns.flatMap((c) => c.answers)) {
      const persona = byId.get(answer.personaId)!;
      expect(answer.kind === "pain" ? persona.pains : persona.gains).toContain(answer.item);
    }
  });
});

describeEachDatabase("ensureExampleProject", (getConnection) => {
  it("creates the project once, complete, with nobody as a member, even when asked twice at once", async () => {
    const { db } = getConnection();
    const ids = await Promise.all([ensureExampleProject(db, "es"), ensureExampleProject(db, "es"), ensureExampleProject(db, "en")]);
    expect(ids).toEqual([EXAMPLE_PROJECT_IDS.es, EXAMPLE_PROJECT_IDS.es, EXAMPLE_PROJECT_IDS.en]);
    await ensureExampleProject(db, "es");
    for (const locale of LOCALES) {
      const projectId = EXAMPLE_PROJECT_IDS[locale];
      expect(await db.select().from(projects).where(eq(projects.id, projectId))).toHaveLength(1);
      expect(await db.select().from(projectMembers).where(eq(projectMembers.projectId, projectId))).toEqual([]);
      const steps = await db.select().from(projectSteps).where(eq(projectSteps.projectId, projectId));
      expect(steps.map((s) => [s.step, s.completed, s.missing])).toEqual(
        expect.arrayContaining([1, 2, 3, 4, 5].map((step) => [step, true, []])),
      );
    }
  });

  it("reads as a plan to any signed-in user, stays out of their list, and copies into a project of their own", async () => {
    const { db } = getConnection();
    const projectId = await ensureExampleProject(db, "en");
    const visitor = await createTestUser(db);
    const step4 = await getPersonasStep({ actor: visitor, projectId });
    expect(step4.personas.map((p) => p.name)).toEqual(exampleContent("en").personas.map((p) => p.name));
    const plan = await getPlanOverview({ actor: visitor, projectId, locale: "en" });
    expect(JSON.stringify(plan)).toContain("Concert guitar made to order");
    expect(await listProjectsForUser({ actor: visitor })).toEqual([]);

    const copyId = await duplicateProject({ actor: visitor, projectId, name: "Copy of Lorca Guitars" });
    const [copy] = await listProjectsForUser({ actor: visitor });
    expect(copy).toMatchObject({ id: copyId, name: "Copy of Lorca Guitars", role: "owner", completedSteps: 5, offeringCount: 3 });
  });
});
