"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import type { ImportRun } from "./use-import-run";

/** The import's bar while it runs, with a way out; then what became of it. */
export function ImportProgress({ run, fileName, onCancel }: { run: ImportRun; fileName: string; onCancel: () => void }) {
  const t = useTranslations("customers.run");
  const format = useFormatter();
  if (run.state === "idle") return null;
  if (run.state === "running") {
    const text = t("progressText", { done: format.number(run.done), total: format.number(run.total) });
    return (
      <div className="space-y-2">
        <label htmlFor="import-progress" className="block font-medium">
          {t("progress")}
        </label>
        <progress id="import-progress" className="h-3 w-full max-w-xl" max={run.total} value={run.done} aria-valuetext={text} />
        <p role="status" className="text-sm tabular-nums">
          {text}
        </p>
        <p className="text-sm text-slate-600">{t("leaveWarning")}</p>
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    );
  }
  if (run.state === "done") return <FormAlert tone="success" message={t("done", { count: run.count, file: fileName })} />;
  if (run.state === "cancelled") return <FormAlert tone="success" message={t("cancelled")} />;
  return <FormAlert message={t("failed", { reason: run.reason })} />;
}
