import "server-only";
import type { ExportText } from "./export-text";
import type { ExportFormat, PlanExport } from "./plan-export";

/**
 * One writer per format, each loaded only when asked for: a Markdown download never pays
 * for loading the PDF renderer and its fonts.
 */
export async function renderPlanExport(format: ExportFormat, data: PlanExport, text: ExportText): Promise<Uint8Array | string> {
  switch (format) {
    case "pdf":
      return (await import("./pdf/render-plan-pdf")).renderPlanPdf(data, text);
    case "docx":
      return (await import("./docx/render-plan-docx")).renderPlanDocx(data, text);
    case "md":
      return (await import("./markdown/render-plan-markdown")).renderPlanMarkdown(data, text);
    case "content-csv":
      return (await import("./csv/render-plan-csv")).renderContentCsv(data, text);
    case "campaigns-csv":
      return (await import("./csv/render-plan-csv")).renderCampaignsCsv(data, text);
  }
}
