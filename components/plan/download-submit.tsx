"use client";

import { useState, type MouseEvent } from "react";
import { buttonClass } from "@/components/ui/button";

type State = { kind: "idle" } | { kind: "busy"; format: string } | { kind: "ready" } | { kind: "failed" } | { kind: "refused" };

/** The file name the server chose, from its Content-Disposition header (RFC 6266 filename*). */
function fileName(header: string | null, fallback: string): string {
  const star = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * The download form's button. A large PDF takes a while to prepare, and a plain link gives
 * no sign of life until the file arrives, so with JavaScript the file is fetched here: the
 * button says it is busy, a live region says what is being prepared and then that it is
 * ready, or what to do when it failed or when the server had too many files to prepare
 * (503). Without JavaScript the form still downloads by GET.
 */
export function DownloadSubmit({
  label,
  preparing,
  ready,
  failed,
  refused,
}: {
  label: string;
  /** "Preparing your PDF…", per format value of the form. */
  preparing: Record<string, string>;
  ready: string;
  failed: string;
  /** Every render thread of the server is taken: wait a moment and try again. */
  refused: string;
}) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const busy = state.kind === "busy";

  const download = async (event: MouseEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form;
    if (!form) return;
    event.preventDefault();
    const query = new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]));
    const format = query.get("format") ?? "pdf";
    setState({ kind: "busy", format });
    try {
      const response = await fetch(`${form.action}?${query}`, { credentials: "same-origin" });
      if (response.status === 503) {
        setState({ kind: "refused" });
        return;
      }
      // A lapsed session is answered with the sign-in page, not the file.
      if (!response.ok || response.headers.get("Content-Type")?.startsWith("text/html")) throw new Error(`HTTP ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName(response.headers.get("Content-Disposition"), `plan.${format}`);
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked later: some browsers read the blob after click() has returned.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ kind: "ready" });
    } catch {
      setState({ kind: "failed" });
    }
  };

  const message =
    state.kind === "busy"
      ? (preparing[state.format] ?? preparing.pdf)
      : state.kind === "ready"
        ? ready
        : state.kind === "failed"
          ? failed
          : state.kind === "refused"
            ? refused
            : "";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" onClick={download} disabled={busy} aria-disabled={busy} className={buttonClass("primary")}>
        {busy ? (
          <span
            aria-hidden="true"
            className="mr-2 inline-block h-4 w-4 animate-spin rounded-full border-2 border-white border-t-transparent align-[-2px]"
          />
        ) : null}
        {label}
      </button>
      <p
        role="status"
        aria-live="polite"
        className={state.kind === "failed" || state.kind === "refused" ? "text-sm font-medium text-red-800" : "text-sm text-slate-700"}
      >
        {message}
      </p>
    </div>
  );
}
