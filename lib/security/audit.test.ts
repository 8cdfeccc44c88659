import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit";

const report = (totals: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...totals } },
  });

describe("auditVerdict", () => {
  it("passes a report with nothing above moderate", () => {
    expect(auditVerdict(report({ moderate: 2, low: 1 }, { postcss: { severity: "moderate" } }))).toEqual({
      kind: "clean",
      counts: "0 critical, 0 high, 2 moderate, 1 low",
    });
  });

  it("fails on a high or a critical finding and names the packages", () => {
    const verdict = auditVerdict(
      report({ high: 1, critical: 1 }, { next: { severity: "critical" }, zod: { severity: "high" }, x: { severity: "low" } }),
    );
    expect(verdict).toEqual({
      kind: "failed",
      packages: ["next (critical)", "zod (high)"],
      counts: "1 critical, 1 high, 0 moderate, 0 low",
    });
  });

  it("skips, rather than fails, when the registry cannot be asked", () => {
    // What this machine's registry answers today: the bulk advisory endpoint is not there.
    const unreachable = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
    });
    expect(auditVerdict(unreachable)).toMatchObject({ kind: "skipped", reason: expect.stringContaining("405") });
    expect(auditVerdict(JSON.stringify({ error: { code: "ENOTFOUND", summary: "request to registry failed" } }))).toMatchObject({
      kind: "skipped",
      reason: "request to registry failed",
    });
    expect(auditVerdict("")).toMatchObject({ kind: "skipped" });
  });
});
