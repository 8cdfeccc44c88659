import { afterAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/testing/databases";
import { EXPORT_SMALL_PLAN, exportFixture } from "@/lib/testing/export-fixture";
import { createRenderPool } from "./render-pool";

// Real threads, loading the esbuild bundle of render-worker.ts as the server does.
const pool = createRenderPool({ maxThreads: 1, maxQueue: 1, idleTimeoutMs: 1_000 });
afterAll(() => pool.close());

const ascii = (bytes: Uint8Array, length: number) => new TextDecoder().decode(bytes.subarray(0, length));

describeEachDatabase(
  "the render threads",
  (getConnection) => {
    it("render a PDF and a DOCX of a plan off the main thread", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, locale: "es" });
      const pdf = await pool.render({ format: "pdf", data });
      expect(ascii(pdf, 5)).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(5_000);
      const docx = await pool.render({ format: "docx", data });
      expect(ascii(docx, 2)).toBe("PK");
      expect(await pool.version()).toMatch(/^[0-9a-f]{16}$/);
    });

    it("refuse a render past the threads and the queue as unavailable, and finish the others", async () => {
      const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN });
      const results = await Promise.allSettled([1, 2, 3].map(() => pool.render({ format: "docx", data })));
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
      expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: "unavailable" });
    });
  },
  { kinds: ["pglite"] },
);
