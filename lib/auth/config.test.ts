import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { beforeAll, expect, it, vi } from "vitest";
import { setConnectionForTests } from "@/db/client";
import type { Connection } from "@/db/connect";
import { endAllSessions, revokeSession } from "@/db/queries/sessions";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { checkedAuth } from "./config";

// auth() reads the request's cookie header through next/headers; these tests hand it one.
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie, host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));

const SECRET = "test-secret-that-is-long-enough-for-auth-js-0123456789";
const COOKIE = "authjs.session-token";

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", SECRET);
});

async function presentCookie(claims: Record<string, unknown>): Promise<void> {
  const token = await encode({ token: { email: "ana@example.test", name: "Ana", ...claims }, secret: SECRET, salt: COOKIE });
  request.cookie = `${COOKIE}=${token}`;
}

describeEachDatabase("the session check on every server-side auth()", (getConnection) => {
  async function signedIn() {
    const { id } = await createTestUser(getConnection().db);
    const claims = { sub: id, sv: 0, sid: randomUUID() };
    await presentCookie(claims);
    return claims;
  }

  it("returns the session for a current cookie", async () => {
    const claims = await signedIn();
    expect((await checkedAuth())?.user?.id).toBe(claims.sub);
  });

  it("reads a revoked, outdated or claimless cookie as signed out", async () => {
    const claims = await signedIn();
    // Revoked until a fixed far-off instant, so the row outlives any run of this test.
    await revokeSession(claims.sid, new Date("2999-01-01T00:00:00Z"));
    expect(await checkedAuth()).toBeNull();

    const other = await signedIn();
    await endAllSessions(other.sub);
    expect(await checkedAuth()).toBeNull();

    await presentCookie({ sub: other.sub });
    expect(await checkedAuth()).toBeNull();
  });

  it("throws when the database cannot answer, instead of signing the user out", async () => {
    await signedIn();
    const broken = new Proxy({} as Connection["db"], {
      get() {
        throw new Error("connection refused");
      },
    });
    setConnectionForTests({ ...getConnection(), db: broken });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(checkedAuth()).rejects.toThrow("connection refused");
    logged.mockRestore();
    setConnectionForTests(getConnection());
  });
});
