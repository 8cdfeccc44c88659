import type { ExportFormat } from "./plan-export";

const EXTENSIONS: Record<ExportFormat, string> = {
  pdf: "pdf",
  docx: "docx",
  md: "md",
  "content-csv": "csv",
  "campaigns-csv": "csv",
};
const SUFFIXES: Partial<Record<ExportFormat, string>> = { "content-csv": "-content", "campaigns-csv": "-campaigns" };

/**
 * "Lutería Lorca & Co." on 2026-11-30 → "luteria-lorca-co-plan-2026-11-30.pdf": ASCII only,
 * so every browser, mail client and file system keeps the name as it is.
 */
export function exportFilename(projectName: string, date: Date, format: ExportFormat): string {
  const slug =
    projectName
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/g, "") || "perfila";
  return `${slug}-plan${SUFFIXES[format] ?? ""}-${date.toISOString().slice(0, 10)}.${EXTENSIONS[format]}`;
}

/** The "my data" download: "perfila-account-2026-12-07.json", dated like the plan downloads (UTC). */
export function accountExportFilename(date: Date): string {
  return `perfila-account-${date.toISOString().slice(0, 10)}.json`;
}

/** A Content-Disposition header with the ASCII name and, for the UTF-8 aware, the same name encoded. */
export function contentDisposition(filename: string): string {
  return `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
