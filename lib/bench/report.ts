// The static half of the benchmark: first-load JS per route from the build's diagnostics,
// Lighthouse on one step page, and the Markdown table of everything.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { LoadResult } from "./load";
import type { PageViewRequests } from "./browser-requests";
import { customerFileCheckMarkdown, type FileCheckReport } from "./customer-file-check";
import { customerImportMarkdown, type CustomerImportReport } from "./customer-import";
import { exportsMarkdown, type ExportsReport } from "./exports";
import type { RowCheck } from "./load-test";
import { pdfRendersMarkdown, type PdfRendersReport } from "./pdf-renders";

export interface RouteJs {
  route: string;
  gzipKb: number;
  chunks: number;
}

/**
 * Next 16 prints no first-load table. The build writes the chunk list of every route to
 * <distDir>/diagnostics/route-bundle-stats.json; each listed chunk is gzipped and summed.
 */
export function firstLoadJs(root: string, distDir: string): RouteJs[] {
  const file = path.join(root, distDir, "diagnostics", "route-bundle-stats.json");
  const stats = JSON.parse(readFileSync(file, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const sizes = new Map<string, number>();
  const gzipped = (chunk: string) => {
    if (!sizes.has(chunk)) sizes.set(chunk, gzipSync(readFileSync(path.join(root, chunk)), { level: 9 }).length);
    return sizes.get(chunk)!;
  };
  return stats
    .map(({ route, firstLoadChunkPaths }) => ({
      route,
      gzipKb: firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipped(chunk), 0) / 1000,
      chunks: firstLoadChunkPaths.length,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

export interface LighthouseScores {
  url: string;
  performance: number | null;
  accessibility: number | null;
  formFactor: string;
  /** Every run's performance score: the median is reported, since one run swings by several points. */
  runs?: number[];
  /** The metrics behind the performance score, in ms (CLS unitless). */
  metrics?: Record<string, number>;
}

/** The median of `runs` Lighthouse runs (by performance score). */
export async function runLighthouse(url: string, cookie: string, runs = 3): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouseOnce(url, cookie));
  results.sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  return { ...results[Math.floor(results.length / 2)]!, runs: results.map((r) => r.performance ?? 0) };
}

/** Lighthouse with the system Chromium, signed in through the session cookie. */
async function runLighthouseOnce(url: string, cookie: string): Promise<LighthouseScores> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] },
      { extends: "lighthouse:default", settings: { extraHeaders: { Cookie: cookie } } },
    );
    if (!result) throw new Error("Lighthouse returned no result.");
    const { categories, configSettings, runtimeError } = result.lhr;
    const score = (key: string) => (categories[key]?.score == null ? null : Math.round(categories[key]!.score! * 100));
    const metric = (id: string) =>
      Math.round((result.lhr.audits[id]?.numericValue ?? NaN) * (id === "cumulative-layout-shift" ? 1000 : 1)) /
      (id === "cumulative-layout-shift" ? 1000 : 1);
    const metrics = Object.fromEntries(
      ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => [
        id,
        metric(id),
      ]),
    );
    const scores = {
      url,
      performance: score("performance"),
      accessibility: score("accessibility"),
      formFactor: configSettings.formFactor,
      metrics,
    };
    // A category without a score means an audit failed (often a page too slow to paint).
    if (scores.performance === null || scores.accessibility === null) {
      const failed = Object.values(result.lhr.audits)
        .filter((a) => a.errorMessage)
        .map((a) => `${a.id}: ${a.errorMessage}`);
      throw new Error(`Lighthouse gave no score (${runtimeError?.code ?? (failed.slice(0, 3).join("; ") || "no reason given")})`);
    }
    return scores;
  } finally {
    await chrome.kill();
  }
}

export interface BenchReport {
  startedAt: string;
  durationSeconds: number;
  machine: string;
  database: string;
  load: LoadResult[];
  js: RouteJs[];
  lighthouse: LighthouseScores | null;
  loadTestRows: RowCheck | null;
  pageViews: PageViewRequests[];
  customerImport: CustomerImportReport | null;
  customerFileCheck: FileCheckReport | null;
  exports: ExportsReport | null;
  pdfRenders: PdfRendersReport | null;
  failures: string[];
}

const WIZARD_ROUTES = ["offerings", "competitors", "demographics", "personas", "integration"].map((s) => `/projects/[projectId]/${s}`);

/** Issue 6's targets, each with what this run measured; null where the run did not measure it. */
export function targets(report: BenchReport): { target: string; measured: string; met: boolean | null }[] {
  const row = (prefix: string, connections = 16) => report.load.find((r) => r.name.startsWith(prefix) && r.connections === connections);
  const pct = (r?: LoadResult) => (r?.share === undefined ? "–" : `${n(r.share, 1)}%`);
  const overload = report.load.filter((r) => r.connections >= 64);
  const errors = overload.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0);
  const save = row("save step 3");
  const small = row("step 4, small plan");
  const large = row("step 4, large plan");
  const smallest = report.js.filter((r) => r.gzipKb > 0).reduce((min, r) => Math.min(min, r.gzipKb), Infinity);
  const wizard = report.js.filter((r) => WIZARD_ROUTES.includes(r.route));
  const heaviest = wizard.reduce((max, r) => Math.max(max, r.gzipKb), 0);
  const over = wizard.length ? (100 * (heaviest - smallest)) / smallest : undefined;
  const l = report.lighthouse;
  const rows = report.loadTestRows;
  const both = (a?: boolean, b?: boolean) => (a === undefined || b === undefined ? null : a && b);
  const pdf = report.pdfRenders?.rendering;
  return [
    {
      target: "0 errors at 64 connections",
      measured: overload.length ? `${errors} in ${overload.length} rows` : "–",
      met: overload.length ? errors === 0 : null,
    },
    {
      target: "step save ≥ 25% of the bare handler, p99 ≤ 100 ms (16 connections)",
      measured: save ? `${pct(save)}, p99 ${save.p99} ms` : "–",
      met: save?.share === undefined ? null : save.share >= 25 && save.p99 <= 100,
    },
    { target: "step page, small plan ≥ 15%", measured: pct(small), met: small?.share === undefined ? null : small.share >= 15 },
    { target: "step page, large plan ≥ 15%", measured: pct(large), met: large?.share === undefined ? null : large.share >= 15 },
    {
      target: "no wizard page's first-load JS > 15% above the smallest page",
      measured: over === undefined ? "–" : `heaviest ${n(heaviest, 1)} kB, +${n(over, 1)}%`,
      met: over === undefined ? null : over <= 15,
    },
    {
      target: "Lighthouse performance ≥ 95, accessibility 100",
      measured: l ? `${l.performance ?? "–"} / ${l.accessibility ?? "–"}` : "–",
      met: both(l ? (l.performance ?? 0) >= 95 : undefined, l ? l.accessibility === 100 : undefined),
    },
    {
      target: "load test: 0 errors, every accepted save stored once",
      measured: rows ? `${rows.savesAnswered} saves on ${rows.projects} projects, ${rows.mismatches.length} mismatches` : "–",
      met: rows ? rows.mismatches.length === 0 && errors === 0 : null,
    },
    {
      target: "/api/health p99 ≤ 50 ms while 4 large-plan PDFs render",
      measured: pdf ? `${n(pdf.health.p99, 1)} ms, ${n(pdf.pdfsPerSecond, 2)} PDFs/s, ${pdf.failed} failed` : "–",
      met: pdf ? pdf.health.p99 <= 50 && pdf.failed === 0 : null,
    },
  ];
}

const n = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function toMarkdown(report: BenchReport): string {
  const lines = [
    "# Benchmark results",
    "",
    `Written by \`npm run bench\` (lib/bench/) on ${report.startedAt}: ${report.machine}, ${report.database}.`,
    `Production build, \`next start\` with \`--max-semi-space-size=32\`; autocannon on the same cores with \`Accept-Encoding: gzip\`, each row after a 3 s warm-up, so read the rows as ratios. A save is counted as an error unless the action answered \`ok\`.`,
    "",
    "## Targets",
    "",
    "| target | measured | met |",
    "|---|---|---|",
    ...targets(report).map((t) => `| ${t.target} | ${t.measured} | ${t.met === null ? "not measured" : t.met ? "yes" : "**no**"} |`),
    "",
    "## Throughput",
    "",
    "| route | connections | seconds | req/s | share of bare handler | p50 ms | p97.5 ms | p99 ms | requests | non-2xx | errors | body kB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...report.load.map(
      (r) =>
        `| ${r.name} (\`${r.path}\`) | ${r.connections} | ${r.durationSeconds} | ${n(r.rps, 1)} | ${r.share === undefined ? "–" : `${n(r.share, 1)}%`} | ${r.p50} | ${r.p975} | ${r.p99} | ${n(r.requests)} | ${r.non2xx} | ${r.errors + r.timeouts} | ${r.bodyKb === undefined ? "–" : n(r.bodyKb, 1)} |`,
    ),
    "",
    "## First-load JS (gzip, from the build's route-bundle-stats.json)",
    "",
  ];
  const smallest = report.js
    .filter((r) => r.gzipKb > 0)
    .reduce<RouteJs | null>((min, r) => (!min || r.gzipKb < min.gzipKb ? r : min), null);
  if (smallest) lines.push(`Smallest page: \`${smallest.route}\` at ${n(smallest.gzipKb, 1)} kB.`, "");
  lines.push("| route | gzip kB | vs smallest | chunks |", "|---|---:|---:|---:|");
  for (const r of report.js) {
    const vs = smallest ? `${r.gzipKb >= smallest.gzipKb ? "+" : ""}${n(r.gzipKb - smallest.gzipKb, 1)} kB` : "–";
    lines.push(`| \`${r.route}\` | ${n(r.gzipKb, 1)} | ${vs} | ${r.chunks} |`);
  }
  lines.push("", "## Requests per real page view (Chromium, signed in, scrolled to the bottom)", "");
  if (report.pageViews.length) {
    lines.push("| page | requests | rendered by the server (documents and RSC, prefetches included) | by kind |", "|---|---:|---:|---|");
    for (const v of report.pageViews)
      lines.push(
        `| ${v.name} (\`${v.path}\`) | ${v.total} | ${v.rendered} | ${Object.entries(v.byKind)
          .map(([kind, count]) => `${kind} ${count}`)
          .join(", ")} |`,
      );
  } else lines.push("Not measured.");
  lines.push("", "## Lighthouse 12.8", "");
  if (report.lighthouse) {
    const l = report.lighthouse;
    lines.push(
      `\`${new URL(l.url).pathname.replace(/[0-9a-f-]{36}/, "<id>")}\` (${l.formFactor}, default simulated throttling), signed in; the median of ${l.runs?.length ?? 1} runs (performance ${l.runs?.join(", ") ?? "–"}):`,
      "",
      "| performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |",
      "|---:|---:|---:|---:|---:|---:|---:|",
      `| ${l.performance ?? "–"} | ${l.accessibility ?? "–"} | ${["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => l.metrics?.[id] ?? "–").join(" | ")} |`,
    );
  } else lines.push("Not measured (see failures).");
  lines.push("", ...customerImportMarkdown(report.customerImport));
  lines.push("", ...customerFileCheckMarkdown(report.customerFileCheck));
  lines.push("", ...pdfRendersMarkdown(report.pdfRenders));
  lines.push("", ...exportsMarkdown(report.exports));
  if (report.failures.length) lines.push("", "## Failures", "", ...report.failures.map((f) => `- ${f}`));
  return lines.join("\n") + "\n";
}
