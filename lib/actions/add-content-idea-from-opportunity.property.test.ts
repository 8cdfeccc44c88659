import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { safeParse } from "zod/mini";
import { readProjectStages } from "@/db/queries/journey-stages";
import { saveOfferingsStep } from "@/db/queries/offerings-step";
import { savePersonasStep } from "@/db/queries/personas-step";
import { createProject } from "@/db/queries/projects";
import { readStepMeta } from "@/db/queries/step-versions";
import { contentIdeas, journeyStages } from "@/db/schema";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { arb, expectFieldErrors, failOnLoggedErrors, pickFrom, UNSTORABLE_TEXTS } from "@/lib/testing/save-action-properties";
import { INTEGRATION_STEP } from "@/db/queries/integration-step";
import { opportunityIdeaSchema } from "@/lib/validation/opportunity-idea";
import { blankPersona } from "@/lib/validation/personas-step";
import { addContentIdeaFromOpportunityAction } from "./add-content-idea-from-opportunity";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const RUNS = { garbage: 150, broken: 60, valid: 25, outsiders: 25 } as const;
const BAD_PROJECT_IDS: readonly unknown[] = [undefined, null, 42, {}, "", "not-a-uuid", "00000000-0000-4000-8000-000000000000"];

interface Side {
  projectId: string;
  personaIds: string[];
  /** The ready-made stages, which content ideas can name. */
  stageIds: string[];
  /** A stage the owner added: content ideas cannot point at it until they refer to stage ids. */
  addedStageId: string;
}

describeEachDatabase("addContentIdeaFromOpportunityAction", (getConnection) => {
  const db = () => getConnection().db;
  const ctx = {} as { user: SessionUser; mine: Side; theirs: Side };

  async function side(actor: SessionUser): Promise<Side> {
    const projectId = await createProject({ actor, details: { name: "Guitarras Lorca", description: "", kind: "other" } });
    const category = { id: randomUUID(), name: "Guitars" };
    const offering = {
      id: randomUUID(),
      categoryId: category.id,
      name: "Starter",
      definition: "",
      objective: "",
      weight: 3,
      revenueShare: null,
      tier: "core" as const,
      audience: "",
    };
    const step1 = await saveOfferingsStep({ actor, projectId, values: { version: 0, categories: [category], offerings: [offering] } });
    const offeringId = step1.offerings[0]!.id;
    const step4 = await savePersonasStep({
      actor,
      projectId,
      values: {
        version: 0,
        personas: [
          { ...blankPersona(randomUUID(), offeringId), name: "Lucía" },
          { ...blankPersona(randomUUID(), offeringId), name: "Andrés" },
        ],
      },
    });
    const stageIds = (await readProjectStages(db(), projectId)).map((s) => s.id);
    const [added] = await db()
      .insert(journeyStages)
      .values({ projectId, name: "Trial week", position: 9 })
      .returning({ id: journeyStages.id });
    return { projectId, personaIds: step4.personas.map((p) => p.id), stageIds, addedStageId: added!.id };
  }

  const ideasOf = (projectId: string) =>
    db()
      .select({ personaId: contentIdeas.personaId, topic: contentIdeas.topic, stageId: contentIdeas.stageId })
      .from(contentIdeas)
      .where(eq(contentIdeas.projectId, projectId))
      .orderBy(asc(contentIdeas.position));
  const state = async (projectId: string) => ({
    ideas: await ideasOf(projectId),
    version: (await readStepMeta(db(), projectId, INTEGRATION_STEP)).version,
  });

  beforeAll(async () => {
    const { id } = await createTestUser(db());
    ctx.user = { id, name: "Property tester", email: `${id}@example.test` };
    ctx.mine = await side(ctx.user);
    const other = await createTestUser(db());
    ctx.theirs = await side({ id: other.id, name: "Stranger", email: `${other.id}@example.test` });
  });
  beforeEach(() => {
    vi.mocked(getSessionUser).mockResolvedValue(ctx.user);
  });
  failOnLoggedErrors();

  const validArb = fc.record({ persona: fc.nat(), stage: fc.nat(), topic: arb.name(160) });
  const payload = (v: { persona: number; stage: number; topic: string }) => ({
    personaId: pickFrom(ctx.mine.personaIds, v.persona),
    stageId: pickFrom([...ctx.mine.stageIds, ctx.mine.addedStageId], v.stage),
    topic: v.topic,
  });

  it("never throws on arbitrary payloads, reports field errors and changes nothing", async () => {
    const before = await state(ctx.mine.projectId);
    const shaped = fc.record({
      personaId: fc.oneof(arb.anything, fc.uuid()),
      stageId: fc.oneof(arb.anything, fc.uuid()),
      topic: fc.oneof(arb.anything, fc.string()),
    });
    await fc.assert(
      fc.asyncProperty(arb.garbageWith(shaped), async (raw) => {
        fc.pre(!safeParse(opportunityIdeaSchema, raw).success);
        expectFieldErrors(await addContentIdeaFromOpportunityAction(ctx.mine.projectId, raw));
      }),
      { numRuns: RUNS.garbage },
    );
    expect(await state(ctx.mine.projectId)).toEqual(before);
  });

  it("refuses a persona or stage outside the project, and unstorable or overlong topics, writing nothing", async () => {
    const breakers = ["theirPersona", "theirStage", "unknownStage", "blankTopic", "longTopic", "unstorable"] as const;
    const before = await state(ctx.mine.projectId);
    await fc.assert(
      fc.asyncProperty(validArb, fc.constantFrom(...breakers), fc.nat(), async (valid, breaker, pick) => {
        const sent = payload(valid);
        const [broken, key, code] = {
          theirPersona: [{ ...sent, personaId: pickFrom(ctx.theirs.personaIds, pick) }, "personaId", "unknown_persona"],
          theirStage: [{ ...sent, stageId: pickFrom(ctx.theirs.stageIds, pick) }, "stageId", "unknown_item"],
          unknownStage: [{ ...sent, stageId: randomUUID() }, "stageId", "unknown_item"],
          blankTopic: [{ ...sent, topic: " ".repeat(pick % 4) }, "topic", "required"],
          longTopic: [{ ...sent, topic: "x".repeat(161 + (pick % 500)) }, "topic", "too_long"],
          unstorable: [{ ...sent, topic: pickFrom(UNSTORABLE_TEXTS, pick) }, "topic", "invalid"],
        }[breaker] as [unknown, string, string];
        expectFieldErrors(await addContentIdeaFromOpportunityAction(ctx.mine.projectId, broken), key, code);
      }),
      { numRuns: RUNS.broken },
    );
    expect(await state(ctx.mine.projectId)).toEqual(before);
  });

  it("appends one content idea at the stage, for the persona, as a new version of step 5", async () => {
    await fc.assert(
      fc.asyncProperty(validArb, async (valid) => {
        const before = await state(ctx.mine.projectId);
        const sent = payload(valid);
        const result = await addContentIdeaFromOpportunityAction(ctx.mine.projectId, sent);
        expect(result.ok).toBe(true);
        const after = await state(ctx.mine.projectId);
        expect(after.ideas).toEqual([...before.ideas, { personaId: sent.personaId, topic: sent.topic.trim(), stageId: sent.stageId }]);
        expect(after.version).toBe(before.version + 1);
        if (result.ok) expect(result.data.version).toBe(after.version);
      }),
      { numRuns: RUNS.valid },
    );
  });

  it("answers not_found for another user's project or a bad id, unauthenticated without a session", async () => {
    const theirsBefore = await state(ctx.theirs.projectId);
    await fc.assert(
      fc.asyncProperty(validArb, fc.boolean(), fc.nat(), async (valid, signedIn, pick) => {
        vi.mocked(getSessionUser).mockResolvedValue(signedIn ? ctx.user : null);
        const target = pick % 2 ? ctx.theirs.projectId : pickFrom(BAD_PROJECT_IDS, pick);
        const sent = {
          personaId: pickFrom(ctx.theirs.personaIds, valid.persona),
          stageId: pickFrom(ctx.theirs.stageIds, valid.stage),
          topic: valid.topic,
        };
        expect(await addContentIdeaFromOpportunityAction(target, sent)).toMatchObject({
          ok: false,
          formError: signedIn ? "not_found" : "unauthenticated",
        });
      }),
      { numRuns: RUNS.outsiders },
    );
    expect(await state(ctx.theirs.projectId)).toEqual(theirsBefore);
  });
});
