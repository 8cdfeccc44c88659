import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";

/** Picks a format in the plan page's download form and returns the file the browser saved. */
export async function download(page: Page, label: RegExp, options: { language?: string; comments?: boolean } = {}) {
  const form = page.getByRole("region", { name: "Download the plan" });
  await form.getByRole("radio", { name: label }).check();
  if (options.language) await form.getByLabel("Language of the document").selectOption({ label: options.language });
  if (options.comments) await form.getByLabel(/review status and the open comments/).check();
  const [file] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "Download" }).click()]);
  const saved = await file.path();
  // The button fetched the file: it said it was preparing it and now says it is ready.
  await expect(form.getByRole("status").filter({ hasText: "Your file is ready" })).toBeVisible();
  await expect(form.getByRole("button", { name: "Download" })).toBeEnabled();
  return { name: file.suggestedFilename(), bytes: await readFile(saved) };
}

/** A downloaded PDF's text as a reader's copy would give it, pages joined. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}
