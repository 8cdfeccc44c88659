"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { columnMappingSchema, guessMapping, type MappingGuess } from "@/lib/customers/column-mapping";
import { checkLines, type DataCheck, type OptionalIssueKind } from "@/lib/customers/data-check";
import type { SheetResult } from "@/lib/customers/read-sheet";
import { MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_LINES } from "@/lib/customers/sheet-limits";
import { DataCheckPanel } from "./data-check-panel";
import { MappingForm } from "./mapping-form";
import { ImportProgress } from "./import-progress";
import { useImportRun } from "./use-import-run";

type Sheet = Extract<SheetResult, { ok: true }> & { name: string };

const ALL_EXCLUDED: Record<OptionalIssueKind, boolean> = { future_date: true, duplicate_line: true, outlier: true };
const GUESS_SAMPLE = 50;

/** The browser's day as an ISO date: "in the future" means after the owner's today. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/**
 * Upload → map → check → import. The file is read and checked here in the browser, so a
 * large file never sits on the server and the owner sees its faults before anything is kept.
 */
export function CustomerImport({ projectId, hasData }: { projectId: string; hasData: boolean }) {
  const t = useTranslations("customers");
  const format = useFormatter();
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string>();
  const [mapping, setMapping] = useState<MappingGuess | null>(null);
  const [mappingErrors, setMappingErrors] = useState<Record<string, string>>({});
  const [check, setCheck] = useState<DataCheck | null>(null);
  const [exclude, setExclude] = useState(ALL_EXCLUDED);
  const [mode, setMode] = useState<"replace" | "add">("replace");
  const importer = useImportRun(projectId);
  const running = importer.run.state === "running";

  async function pick(file: File | undefined) {
    setSheet(null);
    setCheck(null);
    setReadError(undefined);
    importer.reset();
    if (!file) return;
    setReading(true);
    // The parsers load with the first file, not with the page: most visits only read the results.
    const { readSheet } = await import("@/lib/customers/read-sheet");
    const result = await readSheet({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    setReading(false);
    if (!result.ok) {
      const limit = result.error === "too_big" ? Math.round(MAX_FILE_BYTES / 1024 / 1024) : format.number(result.limit ?? MAX_LINES);
      return setReadError(t(`import.errors.${result.error}`, { limit }));
    }
    setSheet({ ...result, name: file.name });
    setMapping(guessMapping(result.headers, result.rows.slice(0, GUESS_SAMPLE)));
    setMappingErrors({});
  }

  /** Runs the check with the mapping as it stands; a mapping error stops it at the field. */
  function runCheck(nextMapping = mapping, nextExclude = exclude) {
    if (!sheet || !nextMapping) return;
    const parsed = columnMappingSchema.safeParse(nextMapping);
    if (!parsed.success) {
      setCheck(null);
      return setMappingErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message])));
    }
    setMappingErrors({});
    setCheck(checkLines(sheet.rows, sheet.headers, parsed.data, { today: localToday(), exclude: nextExclude }));
  }

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <label htmlFor="customer-file" className="block font-medium">
          {t("import.file")}
        </label>
        <input
          id="customer-file"
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="customer-file-help"
          disabled={running}
          className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-semibold"
          onChange={(event) => void pick(event.target.files?.[0])}
        />
        <p id="customer-file-help" className="text-sm text-slate-600">
          {t("import.fileHelp", { lines: format.number(MAX_LINES), megabytes: Math.round(MAX_FILE_BYTES / 1024 / 1024) })}
        </p>
        {reading ? <p role="status">{t("import.reading")}</p> : null}
        <FormAlert message={readError} />
      </div>
      {/* Once imported, the file's mapping and check have done their work: the page below shows the result. */}
      {sheet && mapping && importer.run.state !== "done" ? (
        <>
          <div className="space-y-1 text-sm text-slate-800" role="status">
            <p>{t("import.read", { file: sheet.name, rows: format.number(sheet.rows.length), columns: sheet.headers.length })}</p>
            {sheet.encoding !== "utf-8" ? <p>{t("import.readWindows1252")}</p> : null}
            {sheet.longCells ? <p>{t("import.longCells", { count: sheet.longCells, max: MAX_CELL_CHARS })}</p> : null}
          </div>
          <MappingForm
            headers={sheet.headers}
            rows={sheet.rows}
            mapping={mapping}
            errors={mappingErrors}
            onChange={(next) => {
              setMapping(next);
              // A check made with another mapping would describe another import.
              if (check) runCheck(next);
            }}
          />
          <Button variant="secondary" onClick={() => runCheck()} disabled={running}>
            {t("check.run")}
          </Button>
          {check ? (
            <DataCheckPanel
              check={check}
              exclude={exclude}
              onExcludeChange={(kind, excluded) => {
                const next = { ...exclude, [kind]: excluded };
                setExclude(next);
                runCheck(mapping, next);
              }}
            />
          ) : null}
          {check && check.lines.length ? (
            <div className="space-y-3">
              {hasData ? (
                <fieldset className="space-y-1">
                  <legend className="font-medium">{t("run.mode")}</legend>
                  {(["replace", "add"] as const).map((value) => (
                    <label key={value} className="flex items-center gap-2 text-sm">
                      <input
                        type="radio"
                        name="import-mode"
                        value={value}
                        checked={mode === value}
                        onChange={() => setMode(value)}
                        disabled={running}
                      />
                      {t(`run.modes.${value}`)}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              {running ? null : (
                <Button onClick={() => void importer.start(sheet.name, hasData ? mode : "replace", check.lines)}>
                  {t("run.start", { count: check.lines.length })}
                </Button>
              )}
            </div>
          ) : null}
        </>
      ) : null}
      <ImportProgress run={importer.run} fileName={sheet?.name ?? ""} onCancel={importer.cancel} />
    </div>
  );
}
