import { expectNoA11yViolations } from "./axe";
import { expect, test } from "./support/fixtures";
import { OfferingsStep } from "./support/offerings-step";
import { PersonasStep } from "./support/personas-step";

test.describe("kind of business", () => {
  test("a food business gets food examples, its starter categories and plain-word terms", async ({ signedInPage: page }, testInfo) => {
    await page.goto("/projects");
    await page.getByLabel("Business name").fill("Cocina Alameda");
    const kinds = page.getByRole("group", { name: "Kind of business" });
    await expect(kinds.getByRole("radio", { name: "Another kind of business" })).toBeChecked();
    await expectNoA11yViolations(page);
    await kinds.getByRole("radio", { name: "Food business" }).check();
    await page.screenshot({ path: testInfo.outputPath("create-form.png"), fullPage: true });
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/offerings$/);
    const projectId = /\/projects\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    await expect(page.getByText("Kind of business: Food business").filter({ visible: true })).toBeVisible();

    // Step 1 starts empty, with the food business's categories one click away, or none.
    const step = new OfferingsStep(page);
    const starters = page.getByRole("region", { name: "Start with categories made for your kind of business" });
    await expect(starters.getByRole("button", { name: "Start from scratch" })).toBeVisible();
    await expect(step.categoryName(1)).toHaveCount(0);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("step1-starters.png") });
    const catering = starters.getByRole("button", { name: "Add the category Catering" });
    await catering.click();
    await expect(step.categoryName(1)).toHaveValue("Catering");
    await expect(catering).toBeFocused();
    await expect(starters.getByRole("button", { name: "Start from scratch" })).toHaveCount(0);
    await step.categoryName(1).fill("Office catering");

    await step.addOffering({ name: "Meeting trays", category: "Office catering" });
    await expect(step.offering(1).getByText("Example: Catering for business meetings")).toBeVisible();
    await page.getByText("What does “offering” mean?").click();
    await expect(page.getByText(/each thing you sell on its own/)).toBeVisible();
    await expectNoA11yViolations(page);
    await step.save();
    await page.reload();
    await expect(step.categoryName(1)).toHaveValue("Office catering");
    await expect(starters).toHaveCount(0);

    // Step 4 speaks of the same restaurant's office manager.
    const personas = new PersonasStep(page);
    await personas.goto(projectId);
    await expect(page.getByText("Example: Sergio, the office manager who orders the food")).toBeVisible();
    const editor = await personas.addPersona({ offering: "Meeting trays", name: "Sergio" });
    await expect(editor.getByText(/Example: Sergio, 41, runs the office of a 35-person software firm/)).toBeVisible();
    await personas.section(editor, "2. What they want");
    await expect(editor.getByText(/Example: An order arriving late in front of management/)).toBeVisible();
    await editor.getByText("What does “MIN model” mean?").click();
    await expect(editor.getByText(/the initials of Motivations, Ideals and Needs/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("step4-wants.png"), fullPage: true });
    await expectNoA11yViolations(page);
  });

  test("an editor changes the kind later and the examples follow", async ({ signedInPage: page }) => {
    await page.goto("/projects");
    await page.getByLabel("Business name").fill("Taller Lorca");
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page).toHaveURL(/\/offerings$/);
    const step = new OfferingsStep(page);
    // The neutral kind keeps the method's three usual categories, as before kinds existed.
    await expect(step.categoryName(3)).toHaveValue("Training");
    await step.addOffering({ name: "Custom guitar" });
    await expect(step.offering(1).getByText("Example: Custom electric guitar")).toBeVisible();
    await step.save();

    await page.getByRole("button", { name: "Change kind of business" }).click();
    const dialog = page.getByRole("dialog", { name: "What kind of business is it?" });
    await dialog.getByRole("radio", { name: "Consulting and training" }).check();
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Kind of business: Consulting and training").filter({ visible: true })).toBeVisible();
    await expect(step.offering(1).getByText("Example: Pricing and margin review for shops")).toBeVisible();

    // On a phone the header stays one line; step 1 offers the change instead.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole("button", { name: "Change kind of business" })).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Change kind of business" })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
