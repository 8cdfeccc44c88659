import { expect, type Page } from "@playwright/test";

/** True once React has hydrated the element: React keeps its fiber on a property of the node. */
export async function hydrated(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber$")));
}

/**
 * Waits until the page's own form (not the header's language switch) is hydrated: input typed
 * before that can be lost, and a submit skips the form's client-side checks.
 */
export async function formHydrated(page: Page): Promise<void> {
  await expect.poll(() => hydrated(page, "main form")).toBe(true);
}
