import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { safeParse } from "zod/mini";
import { getPlanOverview } from "@/db/queries/plan-overview";
import { projectMembers, projects } from "@/db/schema";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { seedPlan } from "@/lib/testing/plan-seed";
import { arb, expectFieldErrors, failOnLoggedErrors, pickFrom, UNSTORABLE_TEXTS } from "@/lib/testing/save-action-properties";
import { duplicateProjectSchema } from "@/lib/validation/project";
import { duplicateProjectAction } from "./duplicate-project";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const RUNS = { garbage: 150, broken: 100, valid: { pglite: 15, postgres: 10 }, outsiders: 25 } as const;
const SIZE = { offerings: 2, personasPerOffering: 2, contentIdeas: 4, socialPlans: 2, campaigns: 3 };

const BAD_NAMES: readonly unknown[] = ["", "   ", "x".repeat(81), ...UNSTORABLE_TEXTS, 7, null, ["Copy"], {}];
const BAD_PROJECT_IDS: readonly unknown[] = [undefined, null, 42, {}, "", "not-a-uuid", "00000000-0000-4000-8000-000000000000"];

const garbageArb = arb.garbageWith(
  fc.record({ name: arb.anything }, { requiredKeys: [] }),
  fc.record({ name: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string()), fc.string({ minLength: 81, maxLength: 300 })) }),
);

describeEachDatabase("duplicateProjectAction", (getConnection, kind) => {
  const db = () => getConnection().db;
  const ctx = {} as { user: SessionUser; projectId: string; theirs: string };
  beforeAll(async () => {
    const { id } = await createTestUser(db());
    ctx.user = { id, name: "Property tester", email: `${id}@example.test` };
    ctx.projectId = (await seedPlan(db(), { ownerId: id, size: SIZE, name: "Guitarras Lorca" })).projectId;
    const stranger = await createTestUser(db());
    ctx.theirs = (await seedPlan(db(), { ownerId: stranger.id, size: SIZE, name: "Someone else's" })).projectId;
  });

  beforeEach(() => {
    vi.mocked(getSessionUser).mockResolvedValue(ctx.user);
  });
  failOnLoggedErrors();

  /** How many projects exist, and how many the tester belongs to: a refused call changes neither. */
  const counts = async () => ({
    all: (await db().select({ id: projects.id }).from(projects)).length,
    mine: (await db().select({ id: projectMembers.projectId }).from(projectMembers).where(eq(projectMembers.userId, ctx.user.id))).length,
  });

  it("never throws on arbitrary payloads, reports field errors and creates nothing", async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(garbageArb, async (payload) => {
        fc.pre(!safeParse(duplicateProjectSchema, payload).success);
        expectFieldErrors(await duplicateProjectAction(ctx.projectId, payload));
      }),
      { numRuns: RUNS.garbage },
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses a bad name with a message on the name field, and creates nothing", async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (pick) => {
        expectFieldErrors(await duplicateProjectAction(ctx.projectId, { name: pickFrom(BAD_NAMES, pick) }), "name");
      }),
      { numRuns: RUNS.broken },
    );
    expect(await counts()).toEqual(before);
  });

  it("copies the plan under every valid name, trimmed, into a new project of the caller's", async () => {
    const original = await getPlanOverview({ actor: ctx.user, projectId: ctx.projectId, locale: "en" });
    await fc.assert(
      fc.asyncProperty(arb.name(80), async (name) => {
        const before = await counts();
        const result = await duplicateProjectAction(ctx.projectId, { name });
        expect(result).toMatchObject({ ok: true });
        if (!result.ok) return;
        expect(result.data.id).not.toBe(ctx.projectId);
        expect(await counts()).toEqual({ all: before.all + 1, mine: before.mine + 1 });
        const copy = await getPlanOverview({ actor: ctx.user, projectId: result.data.id, locale: "en" });
        expect(copy.project.name).toBe(name.trim());
        expect(copy.steps).toEqual(original.steps);
        expect(copy.budget).toEqual(original.budget);
        expect([copy.offeringCount, copy.personaCount, copy.contentIdeaCount, copy.campaignCount]).toEqual([
          original.offeringCount,
          original.personaCount,
          original.contentIdeaCount,
          original.campaignCount,
        ]);
      }),
      { numRuns: RUNS.valid[kind] },
    );
  });

  it("answers not_found for another user's project or a bad id, unauthenticated without a session, creating nothing", async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(arb.name(80), fc.boolean(), fc.nat(), async (name, signedIn, pick) => {
        vi.mocked(getSessionUser).mockResolvedValue(signedIn ? ctx.user : null);
        const target = pick % 2 ? ctx.theirs : pickFrom(BAD_PROJECT_IDS, pick);
        expect(await duplicateProjectAction(target, { name })).toMatchObject({
          ok: false,
          formError: signedIn ? "not_found" : "unauthenticated",
        });
        if (!signedIn)
          expect(await duplicateProjectAction(ctx.projectId, { name })).toMatchObject({ ok: false, formError: "unauthenticated" });
      }),
      { numRuns: RUNS.outsiders },
    );
    expect(await counts()).toEqual(before);
  });
});
