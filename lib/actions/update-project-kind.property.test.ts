import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { safeParse } from "zod/mini";
import { createProject } from "@/db/queries/projects";
import { projects } from "@/db/schema";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { PROJECT_KINDS } from "@/lib/projects/kinds";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { arb, expectFieldErrors, failOnLoggedErrors, pickFrom } from "@/lib/testing/save-action-properties";
import { projectKindSchema } from "@/lib/validation/project";
import { updateProjectKindAction } from "./update-project-kind";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const RUNS = { garbage: 150, valid: 30, outsiders: 25 } as const;
const BAD_PROJECT_IDS: readonly unknown[] = [undefined, null, 42, {}, "", "not-a-uuid", "00000000-0000-4000-8000-000000000000"];

describeEachDatabase("updateProjectKindAction", (getConnection) => {
  const db = () => getConnection().db;
  const ctx = {} as { user: SessionUser; projectId: string; theirs: string };
  const kindOf = async (id: string) => (await db().select({ kind: projects.kind }).from(projects).where(eq(projects.id, id)))[0]?.kind;

  beforeAll(async () => {
    const { id } = await createTestUser(db());
    ctx.user = { id, name: "Property tester", email: `${id}@example.test` };
    ctx.projectId = await createProject({ actor: ctx.user, details: { name: "Mine", description: "", kind: "food" } });
    const stranger = await createTestUser(db());
    const strangerUser = { id: stranger.id, name: "Stranger", email: `${stranger.id}@example.test` };
    ctx.theirs = await createProject({ actor: strangerUser, details: { name: "Theirs", description: "", kind: "food" } });
  });
  beforeEach(() => {
    vi.mocked(getSessionUser).mockResolvedValue(ctx.user);
  });
  failOnLoggedErrors();

  it("never throws on arbitrary payloads, reports field errors and changes nothing", async () => {
    const before = await kindOf(ctx.projectId);
    const kindShaped = fc.record({ kind: fc.oneof(arb.anything, fc.string()) });
    await fc.assert(
      fc.asyncProperty(arb.garbageWith(kindShaped), async (payload) => {
        fc.pre(!safeParse(projectKindSchema, payload).success);
        expectFieldErrors(await updateProjectKindAction(ctx.projectId, payload));
      }),
      { numRuns: RUNS.garbage },
    );
    expect(await kindOf(ctx.projectId)).toBe(before);
  });

  it("stores every known kind as given", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROJECT_KINDS), async (kind) => {
        expect(await updateProjectKindAction(ctx.projectId, { kind })).toEqual({ ok: true, data: { kind } });
        expect(await kindOf(ctx.projectId)).toBe(kind);
      }),
      { numRuns: RUNS.valid },
    );
  });

  it("answers not_found for another user's project or a bad id, unauthenticated without a session", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROJECT_KINDS), fc.boolean(), fc.nat(), async (kind, signedIn, pick) => {
        vi.mocked(getSessionUser).mockResolvedValue(signedIn ? ctx.user : null);
        const target = pick % 2 ? ctx.theirs : pickFrom(BAD_PROJECT_IDS, pick);
        expect(await updateProjectKindAction(target, { kind })).toMatchObject({
          ok: false,
          formError: signedIn ? "not_found" : "unauthenticated",
        });
      }),
      { numRuns: RUNS.outsiders },
    );
    expect(await kindOf(ctx.theirs)).toBe("food");
  });
});
