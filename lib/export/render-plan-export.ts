import "server-only";
import type { ExportText } from "./export-text";
import type { ExportFormat, PlanExport } from "./plan-export";

export type PlanWriter = (data: PlanExport, text: ExportText) => Promise<Uint8Array | string> | string;

/**
 * One writer per format, each loaded only when asked for: a Markdown download never pays
 * for loading the PDF renderer and its fonts.
 */
export async function loadPlanWriter(format: ExportFormat): Promise<PlanWriter> {
  switch (format) {
    case "pdf":
      return (await import("./pdf/render-plan-pdf")).renderPlanPdf;
    case "docx":
      return (await import("./docx/render-plan-docx")).renderPlanDocx;
    case "md":
      return (await import("./markdown/render-plan-markdown")).renderPlanMarkdown;
    case "content-csv":
      return (await import("./csv/render-plan-csv")).renderContentCsv;
    case "campaigns-csv":
      return (await import("./csv/render-plan-csv")).renderCampaignsCsv;
  }
}

export async function renderPlanExport(format: ExportFormat, data: PlanExport, text: ExportText): Promise<Uint8Array | string> {
  return (await loadPlanWriter(format))(data, text);
}
