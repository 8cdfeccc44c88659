import fc from "fast-check";
import { afterEach, beforeAll, beforeEach, expect, vi } from "vitest";
import { safeParse } from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import type { Connection } from "@/db/connect";
import type { ActionResult } from "@/lib/actions/safe-action";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { isStorableText } from "@/lib/validation/text";
import { createTestUser } from "./databases";

// What the property tests of the wizard's save actions (lib/actions/save-*-step.property.test.ts)
// have in common, so that a new step's test states only its own drafts, breakers and state.
// Each of those files still calls vi.mock("@/lib/auth/session", ...) itself: vi.mock is hoisted
// per test file, and the getSessionUser imported here is then that file's mock.

// ---------------------------------------------------------------------------------------
// Arbitraries and breakers
// ---------------------------------------------------------------------------------------

/** Text valid for a field of at most `max` characters once trimmed (zod counts UTF-16 units). */
const text = (max: number) =>
  fc
    .oneof(
      { weight: 6, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 20 }) },
      // Exactly at the limit, where an off-by-one in the schema or the column would show.
      { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: max, maxLength: max }) },
    )
    .filter((s) => s.trim().length <= max && isStorableText(s));

/** Any value at all, the odd ones included: a server action is a public endpoint, not only the form's. */
const anything = fc.anything({
  maxDepth: 4,
  maxKeys: 8,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: "binary",
});

export const arb = {
  text,
  /** Like `text`, and not blank: names and other required fields. */
  name: (max: number) => text(max).filter((s) => s.trim().length > 0),
  anything,
  /** Payloads that are anything but a valid step: odd values, plus the step-shaped ones each test passes in. */
  garbageWith: (...stepShaped: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown> =>
    fc.oneof(
      anything,
      fc.object({ maxDepth: 5 }),
      fc.constantFrom(null, undefined, 0, -1, "", "{}", [], {}, true, Number.NaN, Symbol("x"), () => 1),
      ...stepShaped,
    ),
};

export const pickFrom = <T>(values: readonly T[], pick: number): T => values[pick % values.length]!;

/** Every step carries the version it was read at; none of these is one. */
export const BAD_VERSIONS: readonly unknown[] = [-1, 1.5, "0", null, Number.NaN, undefined, {}];

/** Text PostgreSQL cannot store as sent (U+0000, lone surrogates): a field error, never a failed save. */
export const UNSTORABLE_TEXTS = ["a\u0000b", "lone \ud800 surrogate", "\udc00"] as const;

/** A payload with one thing broken, the field-error key that must name it, and its code when only one fits. */
export interface Broken {
  payload: unknown;
  key?: string;
  code?: string;
}

// ---------------------------------------------------------------------------------------
// Expectations
// ---------------------------------------------------------------------------------------

/** Refused the way the form can show it: "validation", with a non-empty message per field path. */
export function expectFieldErrors(result: ActionResult<unknown>, key?: string, code?: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.formError).toBe("validation");
  expect(result.fieldErrors).toBeTypeOf("object");
  expect(result.fieldErrors).not.toBeNull();
  const entries = Object.entries(result.fieldErrors ?? {});
  expect(entries.length).toBeGreaterThan(0);
  for (const [path, message] of entries) {
    expect(path).toBeTypeOf("string");
    expect(path.length).toBeGreaterThan(0);
    expect(message).toBeTypeOf("string");
    expect(message.length).toBeGreaterThan(0);
  }
  if (key) expect(Object.keys(result.fieldErrors!)).toContain(key);
  // A limit's code carries the limit ("too_long:600"); the schema tests check the number.
  if (key && code) expect(result.fieldErrors![key]?.replace(/:\d+$/, "")).toBe(code);
}

// ---------------------------------------------------------------------------------------
// Setup and properties
// ---------------------------------------------------------------------------------------

/**
 * Around every test of the block, console.error must stay silent: the action wrapper logs there
 * only on an unexpected failure, which it reports as "unavailable" and which would otherwise
 * pass for a refusal.
 */
export function failOnLoggedErrors(): void {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    // Restored even when the check fails, or the next test would inherit this one's calls.
    try {
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });
}

export interface SaveAction<R> {
  /** The server action, with whatever options the step needs bound in. */
  save: (projectId: unknown, payload: unknown) => Promise<ActionResult<R>>;
  schema: $ZodType;
  /** Everything the step stores for a project. */
  state: (projectId: string) => Promise<unknown>;
  /** What each run compares before and after, when cheaper than `state`. */
  runState?: (projectId: string) => Promise<unknown>;
}

/**
 * Before the block: a new user, signed in, and the project `setUp` makes and seeds for them;
 * `ctx` holds both once beforeAll has run, so read it inside tests and hooks only.
 * Around every test: that user is signed in again (a test may sign out), and failOnLoggedErrors.
 */
export function setUpActionTests<R extends { version: number }, T extends { projectId: string }>(
  getConnection: () => Connection,
  action: SaveAction<R>,
  setUp: (user: SessionUser) => Promise<T>,
) {
  const ctx = {} as T & { user: SessionUser };

  beforeAll(async () => {
    const { id } = await createTestUser(getConnection().db);
    ctx.user = { id, name: "Property tester", email: `${id}@example.test` };
    vi.mocked(getSessionUser).mockResolvedValue(ctx.user);
    Object.assign(ctx, await setUp(ctx.user));
  });

  beforeEach(() => {
    vi.mocked(getSessionUser).mockResolvedValue(ctx.user);
  });
  failOnLoggedErrors();

  async function rejectsWithoutWriting<S>(samples: fc.Arbitrary<S>, toBroken: (sample: S) => Broken, numRuns: number) {
    const runState = action.runState ?? action.state;
    const before = await action.state(ctx.projectId);
    await fc.assert(
      fc.asyncProperty(samples, async (sample) => {
        const { payload, key, code } = toBroken(sample);
        // Compared per run, so that the run that writes (and not the ones after it) is the counterexample.
        const runBefore = await runState(ctx.projectId);
        expectFieldErrors(await action.save(ctx.projectId, payload), key, code);
        expect(await runState(ctx.projectId)).toEqual(runBefore);
      }),
      { numRuns },
    );
    expect(await action.state(ctx.projectId)).toEqual(before);
  }

  const check = {
    /** Whatever arrives that the schema refuses, the action answers with field errors, never throws, and writes nothing. */
    garbageIsRejected: (options: { garbage: fc.Arbitrary<unknown>; numRuns: number }) =>
      rejectsWithoutWriting(
        options.garbage,
        (payload) => {
          fc.pre(!safeParse(action.schema, payload).success);
          return { payload };
        },
        options.numRuns,
      ),

    /** A valid payload with one thing broken is refused, naming that field (and code), and nothing is written. */
    brokenIsRejected: <D, B extends string, V>(options: {
      drafts: fc.Arbitrary<D>;
      breakers: readonly B[];
      valid: (draft: D) => V;
      breakPayload: (valid: V, breaker: B, pick: number, hugeLength: number) => Broken;
      numRuns: number;
    }) =>
      rejectsWithoutWriting(
        fc.record({
          draft: options.drafts,
          breaker: fc.constantFrom(...options.breakers),
          pick: fc.nat(),
          hugeLength: fc.integer({ min: 200, max: 200_000 }),
        }),
        ({ draft, breaker, pick, hugeLength }) => {
          const valid = options.valid(draft);
          // Otherwise a breaker could pass by accident, on a payload that was never valid.
          expect(safeParse(action.schema, valid).success).toBe(true);
          return options.breakPayload(valid, breaker, pick, hugeLength);
        },
        options.numRuns,
      ),

    /** Each valid payload is saved at the next version, as `expectSaved` says, and is stale if sent again. */
    validIsSaved: <D, C extends { version: number }, V>(options: {
      drafts: fc.Arbitrary<D>;
      current: () => Promise<C>;
      payload: (draft: D, current: C) => V;
      expectSaved: (saved: R, sent: V, current: C) => Promise<void> | void;
      numRuns: number;
    }) =>
      fc.assert(
        fc.asyncProperty(options.drafts, async (draft) => {
          const current = await options.current();
          const payload = options.payload(draft, current);
          const result = await action.save(ctx.projectId, payload);
          expect(result).toMatchObject({ ok: true });
          if (!result.ok) return;
          expect(result.data.version).toBe(current.version + 1);
          await options.expectSaved(result.data, payload, current);
          // Another tab that still holds the old version must reload, not overwrite.
          const stale = await action.save(ctx.projectId, payload);
          expect(stale).toMatchObject({ ok: false, formError: "conflict", details: { currentVersion: current.version + 1 } });
        }),
        { numRuns: options.numRuns },
      ),

    /** Another user's project is not_found to a signed-in user; without a session both projects are unauthenticated; neither is written. */
    outsidersAreRefused: async <D>(options: {
      theirs: string;
      drafts: fc.Arbitrary<D>;
      payload: (draft: D) => unknown;
      numRuns: number;
    }) => {
      const before = await action.state(options.theirs);
      const mineBefore = await action.state(ctx.projectId);
      await fc.assert(
        fc.asyncProperty(options.drafts, fc.boolean(), async (draft, signedIn) => {
          vi.mocked(getSessionUser).mockResolvedValue(signedIn ? ctx.user : null);
          const payload = options.payload(draft);
          const result = await action.save(options.theirs, payload);
          expect(result).toMatchObject({ ok: false, formError: signedIn ? "not_found" : "unauthenticated" });
          if (!signedIn) expect(await action.save(ctx.projectId, payload)).toMatchObject({ ok: false, formError: "unauthenticated" });
        }),
        { numRuns: options.numRuns },
      );
      expect(await action.state(options.theirs)).toEqual(before);
      expect(await action.state(ctx.projectId)).toEqual(mineBefore);
    },
  };

  return { ctx, check };
}
