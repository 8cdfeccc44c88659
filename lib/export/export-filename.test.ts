import { describe, expect, it } from "vitest";
import { accountExportFilename, contentDisposition, exportFilename } from "./export-filename";

const day = new Date("2026-11-30T23:59:00Z");

describe("exportFilename", () => {
  it("keeps letters and digits of the project's name, without accents, and adds the date", () => {
    expect(exportFilename("Lutería Lorca & Co.", day, "pdf")).toBe("luteria-lorca-co-plan-2026-11-30.pdf");
    expect(exportFilename("Año Nuevo", day, "content-csv")).toBe("ano-nuevo-plan-content-2026-11-30.csv");
    expect(exportFilename("Año Nuevo", day, "campaigns-csv")).toBe("ano-nuevo-plan-campaigns-2026-11-30.csv");
  });

  it("never lets a name reach the file system or the header as given", () => {
    for (const name of ["../../etc/passwd", 'a"; filename=evil.exe', "<script>", "🎸🎸", "שלום", "\r\nX-Evil: 1", ""]) {
      const file = exportFilename(name, day, "docx");
      expect(file).toMatch(/^[a-z0-9-]+\.docx$/);
      expect(contentDisposition(file)).not.toMatch(/[\r\n]/);
    }
    expect(exportFilename("🎸", day, "md")).toBe("perfila-plan-2026-11-30.md");
    expect(exportFilename("x".repeat(200), day, "pdf").length).toBeLessThan(90);
  });
});

describe("accountExportFilename", () => {
  it("dates the account download by the UTC day it was asked for", () => {
    expect(accountExportFilename(day)).toBe("perfila-account-2026-11-30.json");
    expect(contentDisposition(accountExportFilename(day))).toBe(
      "attachment; filename=\"perfila-account-2026-11-30.json\"; filename*=UTF-8''perfila-account-2026-11-30.json",
    );
  });
});
