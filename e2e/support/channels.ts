import { expect, type Locator } from "@playwright/test";

/**
 * "Add a channel" inside `scope` (a persona's channels, a step 5 card): types the name and
 * presses Enter, which adds it to the project's list and picks it here without saving the step.
 */
export async function addChannel(scope: Locator, name: string): Promise<void> {
  const input = scope.getByLabel("Add a channel", { exact: true });
  await input.fill(name);
  await input.press("Enter");
  await expect(input).toHaveValue("");
}
