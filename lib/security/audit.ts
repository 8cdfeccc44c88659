import { spawnSync } from "node:child_process";

/** What `npm audit --json` prints when the registry answered. */
interface AuditReport {
  vulnerabilities?: Record<string, { severity?: string; via?: unknown[]; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Partial<Record<"info" | "low" | "moderate" | "high" | "critical", number>> };
}

export type AuditVerdict =
  { kind: "clean"; counts: string } | { kind: "failed"; packages: string[]; counts: string } | { kind: "skipped"; reason: string };

/**
 * Reads `npm audit --json`'s output. A report with high or critical findings fails; any
 * answer that is not a report (no network, a registry or mirror without the audit
 * endpoint) is "skipped", so an offline machine can still run the tests.
 */
export function auditVerdict(stdout: string): AuditVerdict {
  let parsed: AuditReport & { error?: { summary?: string }; message?: string };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    return { kind: "skipped", reason: "npm audit printed no report" };
  }
  const totals = parsed.metadata?.vulnerabilities;
  if (!totals) {
    return { kind: "skipped", reason: parsed.message ?? parsed.error?.summary ?? "npm audit returned no report" };
  }
  const counts = (["critical", "high", "moderate", "low"] as const).map((s) => `${totals[s] ?? 0} ${s}`).join(", ");
  const packages = Object.entries(parsed.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(([name, v]) => `${name} (${v.severity})`)
    .sort();
  if ((totals.high ?? 0) + (totals.critical ?? 0) > 0) return { kind: "failed", packages, counts };
  return { kind: "clean", counts };
}

export function runAudit(): number {
  const result = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], {
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const verdict = auditVerdict(result.stdout ?? "");
  switch (verdict.kind) {
    case "clean":
      console.log(`audit: no high or critical advisory in production dependencies (${verdict.counts})`);
      return 0;
    case "failed":
      console.error(`audit: high or critical advisories in production dependencies (${verdict.counts}):`);
      for (const name of verdict.packages) console.error(`  ${name}`);
      console.error("Run `npm audit --omit=dev` for details and upgrade the packages named above.");
      return 1;
    case "skipped":
      console.warn(`audit: skipped, audit unreachable (${verdict.reason.split("\n")[0]})`);
      return 0;
  }
}

if (process.argv[1] && /audit\.ts$/.test(process.argv[1])) process.exitCode = runAudit();
