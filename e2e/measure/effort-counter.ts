import type { Page } from "@playwright/test";

/** What one step cost the person filling it in. */
export interface StepEffort {
  /** Distinct form fields that received input. */
  fields: number;
  clicks: number;
  /** Characters typed plus keys that type nothing (Enter, Tab, Backspace...). */
  keyPresses: number;
}

/**
 * Counts, in the browser, what a person would have done: trusted clicks, characters inserted
 * and non-character keys, and the fields that changed, each charged to the wizard step (or
 * other page) whose address was open. Playwright's fill() inserts a whole string at once, so
 * characters are counted from the inserted text, not from keydown events. A select or date
 * set by script is charged as a person would do it: two clicks for a select, one key per
 * digit for a date.
 */
export async function countEffort(page: Page): Promise<Map<string, StepEffort>> {
  const byPage = new Map<string, StepEffort & { names: Set<string> }>();
  const entry = (url: string) => {
    const path = new URL(url).pathname;
    const key = /\/projects\/[^/]+\/([^/]+)/.exec(path)?.[1] ?? path;
    let found = byPage.get(key);
    if (!found) byPage.set(key, (found = { fields: 0, clicks: 0, keyPresses: 0, names: new Set() }));
    return found;
  };
  await page.exposeBinding("__effort", ({ page: source }, kind: string, amount: number, field: string) => {
    const counts = entry(source.url());
    if (kind === "click") counts.clicks += amount;
    if (kind === "keys") counts.keyPresses += amount;
    if (field) counts.names.add(field);
    counts.fields = counts.names.size;
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __effort: (kind: string, amount: number, field: string) => void }).__effort;
    const nameOf = (target: EventTarget | null) => {
      const el = target as HTMLInputElement | null;
      return el && "name" in el ? el.name || el.id || el.getAttribute("aria-label") || "" : "";
    };
    document.addEventListener("click", (e) => void (e.isTrusted && report("click", 1, "")), true);
    document.addEventListener("keydown", (e) => void (e.isTrusted && e.key.length > 1 && report("keys", 1, "")), true);
    document.addEventListener(
      "input",
      (e) => {
        const event = e as InputEvent;
        const target = event.target as HTMLInputElement;
        const typed = event.inputType === "insertText" || event.inputType === "insertFromPaste" ? (event.data?.length ?? 0) : 0;
        const scripted = !event.isTrusted && (target.type === "date" ? target.value.replace(/\D/g, "").length : 0);
        report("keys", typed + (scripted || 0), nameOf(target));
      },
      true,
    );
    document.addEventListener(
      "change",
      (e) => {
        const target = e.target as HTMLElement;
        if (!e.isTrusted && target.tagName === "SELECT") report("click", 2, nameOf(target));
        else report("keys", 0, nameOf(target));
      },
      true,
    );
  });
  return byPage;
}
