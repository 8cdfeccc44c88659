import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { createProject, expect, newBrowserPage, signIn, test } from "./support/fixtures";
import { OfferingsStep } from "./support/offerings-step";

test.describe("no lost work", () => {
  test("a save over someone else's newer save is refused, keeps the input, and can overwrite or reload", async ({
    signedInPage: page,
    browser,
    user,
  }) => {
    const projectId = await createProject(page, "Guitar workshop");
    const mine = new OfferingsStep(page);
    await mine.addOffering({ name: "Affordable guitars", definition: "Solid guitars for beginners" });
    await mine.save();

    // The same step, open in a second browser, saved first.
    const { context: otherContext, page: other } = await newBrowserPage(browser);
    await signIn(other, user);
    const theirs = new OfferingsStep(other);
    await theirs.goto(projectId);
    await theirs.fillOffering(1, { name: "Affordable guitars", definition: "Their definition" });
    await theirs.save();

    await mine.fillOffering(1, { name: "Affordable guitars", definition: "My definition" });
    await mine.saveButton().click();
    await expect(page.getByRole("alert").filter({ hasText: "Someone else saved this step after you opened it" })).toBeVisible();
    await expect(mine.offering(1).getByLabel("Definition")).toHaveValue("My definition");
    await expectNoA11yViolations(page);

    // Overwriting on purpose wins, and the other browser sees it after a reload.
    await page.getByRole("button", { name: "Save mine over theirs" }).click();
    await expect(page.getByRole("status")).toContainText("Saved.");
    await other.reload();
    await expect(theirs.offering(1).getByLabel("Definition")).toHaveValue("My definition");

    // The other way out: drop my edit and load theirs, with no second question.
    await theirs.fillOffering(1, { name: "Affordable guitars", definition: "Their second try" });
    await theirs.save();
    await mine.fillOffering(1, { name: "Affordable guitars", definition: "Mine again" });
    await mine.saveButton().click();
    await page.getByRole("button", { name: "Load their version (discard mine)" }).click();
    await expect(mine.offering(1).getByLabel("Definition")).toHaveValue("Their second try");
    await otherContext.close();
  });

  test("following a link away from unsaved changes asks first", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Meal kits");
    const step = new OfferingsStep(page);
    await step.addOffering({ name: "Weekly veggie box" });

    const dashboard = page.getByRole("link", { name: "My projects" });
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain("unsaved changes");
      void dialog.dismiss();
    });
    await dashboard.click();
    await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/offerings$`));
    await expect(step.offering(1).getByLabel("Name", { exact: true })).toHaveValue("Weekly veggie box");

    page.once("dialog", (dialog) => void dialog.accept());
    await dashboard.click();
    await expect(page).toHaveURL(/\/projects$/);
  });
});

test.describe("keyboard only", () => {
  /** Presses Tab until the focused element is the one wanted, as a keyboard user would. */
  async function tabTo(page: Page, target: Locator, limit = 80) {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  test("step 1 can be completed with nothing but the keyboard", async ({ signedInPage: page }) => {
    await createProject(page, "Running course");
    const step = new OfferingsStep(page);

    await tabTo(page, page.getByRole("button", { name: "+ Add offering" }));
    await page.keyboard.press("Enter");
    // Adding an offering puts the focus in its name field.
    const name = step.offering(1).getByLabel("Name", { exact: true });
    await expect(name).toBeFocused();
    await page.keyboard.type("Marathon plan");

    const card = step.offering(1);
    for (const [label, text] of [
      ["Definition", "Sixteen weeks of guided training for a first marathon."],
      ["Objective", "Our best-selling product: keep it growing."],
      ["Intended audience", "Runners who already finish a half marathon."],
    ] as const) {
      await tabTo(page, card.getByLabel(label));
      await page.keyboard.type(text);
    }
    await tabTo(page, step.saveButton());
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("Saved.");
    await expect(step.stepperLink()).toContainText("complete");

    await page.reload();
    await step.expectOffering(1, {
      name: "Marathon plan",
      definition: "Sixteen weeks of guided training for a first marathon.",
      objective: "Our best-selling product: keep it growing.",
      audience: "Runners who already finish a half marathon.",
    });
  });
});
