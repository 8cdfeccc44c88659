// Issue 18: do PDF downloads hold other users up? /api/health at a light steady rate on the
// idle server, then while four large-plan PDFs are asked for at once, again and again: its
// p99 then says whether a render blocks the event loop, and the PDFs finished say how many
// the server renders per second. Every download must render: before each request this
// part deletes the plan's rendered files from export_cache (when the table exists, so the
// same code measures a build without the cache), and each of the four asks for its own
// language and comments setting, so none finds another's file. A last window asks without
// deleting, to show what the cache serves.
import postgres from "postgres";
import { steadyHealth, type HealthLatency } from "./steady-health";

const HEALTH_CONNECTIONS = 4;
const HEALTH_RATE = 50;
const PARALLEL = 4;
/** Four different files of one plan: its two languages, with and without open comments. */
const VARIANTS = ["lang=en", "lang=es", "lang=en&comments=1", "lang=es&comments=1"];

export interface PdfWindow {
  seconds: number;
  pdfs: number;
  pdfsPerSecond: number;
  medianMs: number;
  /** Answers that were not a PDF: errors, and 503 "busy" refusals. */
  failed: number;
  health: HealthLatency;
}

export interface PdfRendersReport {
  parallel: number;
  health: { connections: number; rate: number };
  idle: HealthLatency;
  rendering: PdfWindow;
  /** Null when the build has no export_cache table. */
  cached: PdfWindow | null;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runPdfRendersBench({
  baseURL,
  databaseUrl,
  cookie,
  projectId,
  seconds,
  log,
}: {
  baseURL: string;
  databaseUrl: string;
  cookie: string;
  projectId: string;
  seconds: number;
  log: (message: string) => void;
}): Promise<PdfRendersReport> {
  const sql = postgres(databaseUrl, { max: PARALLEL, onnotice: () => {} });
  const health = steadyHealth(baseURL, HEALTH_CONNECTIONS, HEALTH_RATE);
  try {
    const [table] = await sql<{ cached: boolean }[]>`select to_regclass('export_cache') is not null as cached`;
    const hasCache = table?.cached ?? false;
    const forget = () =>
      hasCache ? sql`delete from export_cache where project_id = ${projectId}`.then(() => undefined) : Promise.resolve();
    const download = async (variant: string) => {
      const response = await fetch(`${baseURL}/projects/${projectId}/plan/download?format=pdf&${variant}`, { headers: { Cookie: cookie } });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return response.ok && new TextDecoder().decode(bytes.subarray(0, 5)) === "%PDF-";
    };
    /** PARALLEL loops, each downloading its own variant until `seconds` have passed; the window ends with the last answer. */
    const window = async (render: boolean): Promise<PdfWindow> => {
      const times: number[] = [];
      let failed = 0;
      const began = performance.now();
      const until = began + seconds * 1000;
      await Promise.all(
        VARIANTS.slice(0, PARALLEL).map(async (variant) => {
          while (performance.now() < until) {
            if (render) await forget();
            const sent = performance.now();
            if (await download(variant)) times.push(performance.now() - sent);
            else failed++;
          }
        }),
      );
      const ended = performance.now();
      const length = (ended - began) / 1000;
      return {
        seconds: length,
        pdfs: times.length,
        pdfsPerSecond: times.length / length,
        medianMs: median(times),
        failed,
        health: health.window(began, ended),
      };
    };
    // Starts the render threads (and loads the fonts) outside the windows, as a server that has served a PDF would be.
    await forget();
    await Promise.all(VARIANTS.slice(0, 2).map(download));
    await sleep(1000);
    const idleFrom = performance.now();
    await sleep(seconds * 1000);
    const idle = health.window(idleFrom, performance.now());
    const rendering = await window(true);
    log(
      `  ${rendering.pdfs} PDFs in ${rendering.seconds.toFixed(1)} s (${rendering.pdfsPerSecond.toFixed(2)}/s), ${rendering.failed} failed; /api/health p99 ${idle.p99.toFixed(1)} ms idle, ${rendering.health.p99.toFixed(1)} ms while rendering`,
    );
    const cached = hasCache ? await window(false) : null;
    if (cached)
      log(`  cached: ${cached.pdfs} PDFs (${cached.pdfsPerSecond.toFixed(1)}/s), /api/health p99 ${cached.health.p99.toFixed(1)} ms`);
    return { parallel: PARALLEL, health: { connections: HEALTH_CONNECTIONS, rate: HEALTH_RATE }, idle, rendering, cached };
  } finally {
    await health.stop();
    await sql.end({ timeout: 5 });
  }
}

const n = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The part's section of latest.md. */
export function pdfRendersMarkdown(report: PdfRendersReport | null): string[] {
  const lines = ["## PDF downloads beside other requests (issue 18)", ""];
  if (!report) return [...lines, "Not measured."];
  const r = report;
  const row = (name: string, h: HealthLatency, w?: PdfWindow) =>
    `| ${name} | ${n(h.seconds, 1)} | ${w ? n(w.pdfs) : "–"} | ${w ? n(w.pdfsPerSecond, 2) : "–"} | ${w ? n(w.medianMs) : "–"} | ${w ? w.failed : "–"} | ${n(h.requests)} | ${n(h.p50, 1)} | ${n(h.p99, 1)} | ${n(h.max, 1)} | ${h.failed} |`;
  return [
    ...lines,
    `The large plan's PDF asked for by ${r.parallel} clients at once, each again as soon as it has its file, while \`/api/health\` gets ${r.health.rate} req/s over ${r.health.connections} connections. "Rendering": each plan's stored files are deleted before every request, so every PDF is rendered. "Cached": the same without deleting. \`failed\` counts answers that were not a PDF (errors, 503 busy); health times are each request's own, in ms.`,
    "",
    "| window | seconds | PDFs | PDFs/s | PDF median ms | failed | health requests | health p50 | health p99 | health max | health failed |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    row("idle server", r.idle),
    row(`${r.parallel} large-plan PDFs rendering`, r.rendering.health, r.rendering),
    ...(r.cached ? [row(`${r.parallel} large-plan PDFs, cached`, r.cached.health, r.cached)] : []),
  ];
}
