"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useErrorMessage } from "@/components/ui/field";
import {
  appendCustomerLinesAction,
  cancelCustomerImportAction,
  finishCustomerImportAction,
  startCustomerImportAction,
} from "@/lib/actions/customer-import";
import type { PurchaseLine } from "@/lib/customers/purchase-line";
import { MAX_BATCH_LINES, MAX_FILE_NAME_LENGTH } from "@/lib/validation/customer-import";

export type ImportRun =
  | { state: "idle" }
  | { state: "running"; done: number; total: number }
  | { state: "done"; count: number }
  | { state: "cancelled" }
  | { state: "failed"; reason: string };

/**
 * Sends checked lines in batches, one request each, so the progress bar moves, the server
 * never holds a whole file, and any instance can answer. Cancel stops after the batch in
 * flight and deletes what was sent; a failure does the same, so a file is kept whole or not at all.
 */
export function useImportRun(projectId: string) {
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [run, setRun] = useState<ImportRun>({ state: "idle" });
  const cancelled = useRef(false);

  useEffect(() => {
    if (run.state !== "running") return;
    // Leaving the page stops the batches: the browser asks first.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [run.state]);

  async function start(fileName: string, mode: "replace" | "add", lines: readonly PurchaseLine[]) {
    cancelled.current = false;
    setRun({ state: "running", done: 0, total: lines.length });
    const started = await startCustomerImportAction(projectId, {
      fileName: fileName.slice(0, MAX_FILE_NAME_LENGTH),
      mode,
      expectedLines: lines.length,
    });
    if (!started.ok) return setRun({ state: "failed", reason: errorMessage(started.formError) ?? "" });
    const { importId } = started.data;
    const stop = async (next: ImportRun) => {
      await cancelCustomerImportAction(projectId, { importId });
      setRun(next);
    };
    for (let from = 0; from < lines.length; from += MAX_BATCH_LINES) {
      if (cancelled.current) return stop({ state: "cancelled" });
      const batch = lines.slice(from, from + MAX_BATCH_LINES);
      // One id per batch, reused on a retry, so a batch whose answer was lost is stored once.
      const saveId = crypto.randomUUID();
      let sent = await appendCustomerLinesAction(projectId, { importId, lines: batch }, { saveId });
      if (!sent.ok && sent.formError === "unavailable")
        sent = await appendCustomerLinesAction(projectId, { importId, lines: batch }, { saveId });
      if (!sent.ok) return stop({ state: "failed", reason: errorMessage(sent.formError) ?? "" });
      setRun({ state: "running", done: sent.data.importedLines, total: lines.length });
    }
    if (cancelled.current) return stop({ state: "cancelled" });
    const finished = await finishCustomerImportAction(projectId, { importId });
    if (!finished.ok) return stop({ state: "failed", reason: errorMessage(finished.formError) ?? "" });
    setRun({ state: "done", count: finished.data.importedLines });
    router.refresh();
  }

  return { run, start, cancel: () => (cancelled.current = true), reset: () => setRun({ state: "idle" }) };
}
