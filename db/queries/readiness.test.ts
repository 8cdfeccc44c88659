import { expect, it } from "vitest";
import { getConnection as getAppConnection, setConnectionForTests } from "@/db/client";
import type { Connection } from "@/db/connect";
import { describeEachDatabase } from "@/lib/testing/databases";
import { checkDatabase } from "./readiness";

describeEachDatabase("readiness", (getConnection) => {
  const withDb = (db: Connection["db"]) => setConnectionForTests({ ...getConnection(), db });

  it("is ready when the database answers", async () => {
    setConnectionForTests(getConnection());
    const ticks = [10, 13.5];
    const result = await checkDatabase(1_000, () => ticks.shift()!);
    expect(result).toEqual({ ready: true, ms: 3.5 });
    expect(await getAppConnection()).toBe(getConnection());
  });

  it("is not ready when the query fails", async () => {
    withDb({ execute: () => Promise.reject(new Error("connection refused")) } as unknown as Connection["db"]);
    expect(await checkDatabase(1_000)).toEqual({ ready: false, reason: "error" });
    setConnectionForTests(getConnection());
  });

  it("answers 'not ready' in time when the database hangs", async () => {
    withDb({ execute: () => new Promise(() => {}) } as unknown as Connection["db"]);
    expect(await checkDatabase(20)).toEqual({ ready: false, reason: "timeout" });
    setConnectionForTests(getConnection());
  });
});
