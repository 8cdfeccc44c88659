import { expect, type Locator } from "@playwright/test";
import { startingWith } from "./form-fields";

/** The entries already added to a tag input, found from the input itself. */
export function addedEntries(input: Locator): Locator {
  return input.locator("xpath=ancestor::div[label][1]").getByRole("list", { name: "Added" }).getByRole("listitem");
}

/** Types entries into a tag input one by one, as a user does: each ends with Enter. */
export async function typeEntries(input: Locator, entries: readonly string[]): Promise<void> {
  for (const entry of entries) {
    await input.fill(entry);
    await input.press("Enter");
  }
}

/** Checks a tag input's entries, in order; each entry's text goes on with its remove button's. */
export async function expectEntries(input: Locator, entries: readonly string[]): Promise<void> {
  await expect(addedEntries(input)).toHaveText(entries.map(startingWith));
}
