// The entry of the render threads (render-pool.ts). It runs outside Next's bundle, in a
// worker thread that loads the esbuild bundle made by worker-bundle.ts, so nothing it
// imports may import "server-only" or reach the database: it gets the plan as data and
// answers the file's bytes.
import { exportText, type ExportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import type { Locale } from "@/lib/i18n/locales";

/** The formats worth a thread: the others take milliseconds on the main thread. */
export const THREADED_FORMATS = ["pdf", "docx"] as const;
export type ThreadedFormat = (typeof THREADED_FORMATS)[number];

export interface RenderTask {
  format: ThreadedFormat;
  data: PlanExport;
}

// A thread renders many plans: the wording of each language is built once.
const texts = new Map<Locale, Promise<ExportText>>();
const textFor = (locale: Locale) => {
  let text = texts.get(locale);
  if (!text) texts.set(locale, (text = exportText(locale)));
  return text;
};

async function write(task: RenderTask, text: ExportText): Promise<Uint8Array> {
  if (task.format === "pdf") return (await import("@/lib/export/pdf/render-plan-pdf")).renderPlanPdf(task.data, text);
  return (await import("@/lib/export/docx/render-plan-docx")).renderPlanDocx(task.data, text);
}

export default async function renderTask(task: RenderTask): Promise<Uint8Array> {
  const bytes = await write(task, await textFor(task.data.locale));
  // A Buffer may be a view into Node's shared pool: copy out exactly the file's bytes.
  return new Uint8Array(bytes);
}
