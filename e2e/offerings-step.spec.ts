import { expectNoA11yViolations } from "./axe";
import { createProject, expect, test } from "./support/fixtures";
import { describingText } from "./support/form-fields";
import { OfferingsStep, type OfferingValues } from "./support/offerings-step";

const electricGuitar: OfferingValues = {
  name: "Affordable electric guitar",
  category: "Guitars",
  definition: "A solid-body guitar built from local woods.",
  objective: "Bring in new, younger customers.",
  weight: "4",
  revenueShare: "30",
  tier: /^Growth/,
  audience: "Young guitarists on a budget",
};

test.describe("step 1: business model per offering", () => {
  test("two categories and three offerings survive a reload exactly, in the new order", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Handmade guitars", "Guitars built by hand in Seville");
    const step = new OfferingsStep(page);
    await expect(step.stepperLink()).toHaveAttribute("aria-current", "step");
    await expect(page.getByText("No offerings yet.")).toBeVisible();
    await expectNoA11yViolations(page);

    // Keep two categories: rename the first, remove the third, keep the second.
    await step.categoryName(1).fill("Guitars");
    await page.getByRole("button", { name: "Remove category Training" }).click();
    await expect(page.getByLabel("Category 3 name")).toHaveCount(0);

    await step.addOffering(electricGuitar);
    await step.addOffering({ name: "Premium archtop", category: "Guitars", definition: "Hand-carved archtop.", weight: "5" });
    await step.addOffering({ name: "Set-up and repair", category: "Consulting", audience: "Local musicians" });
    await expectNoA11yViolations(page);

    // Move the third offering above the second.
    await page.getByRole("button", { name: "Move up: Set-up and repair" }).click();
    await step.save();
    await page.reload();

    await expect(step.categoryName(1)).toHaveValue("Guitars");
    await expect(step.categoryName(2)).toHaveValue("Consulting");
    await expect(page.getByLabel("Category 3 name")).toHaveCount(0);
    await step.expectOffering(1, electricGuitar);
    await step.expectOffering(2, { name: "Set-up and repair", category: "Consulting", audience: "Local musicians", tier: /^Core/ });
    await step.expectOffering(3, { name: "Premium archtop", category: "Guitars", definition: "Hand-carved archtop.", weight: "5" });

    // "Save and continue" saves and leaves the step.
    await step.fillOffering(3, { name: "Premium archtop guitar" });
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).not.toHaveURL(/\/offerings$/);
    await step.goto(projectId);
    await step.expectOffering(3, { name: "Premium archtop guitar" });
  });

  test("a field error sits next to its field, keeps the input, and saves nothing", async ({ signedInPage: page }) => {
    await createProject(page, "Meal kits");
    const step = new OfferingsStep(page);
    await step.addOffering({ name: "x".repeat(121) });
    await step.saveButton().click();
    const name = step.offering(1).getByLabel("Name", { exact: true });
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(await describingText(name)).toHaveText("At most 120 characters. Shorten it to save.");
    await expect(name).toHaveValue("x".repeat(121));
    await expectNoA11yViolations(page);

    page.once("dialog", (dialog) => dialog.accept());
    await page.reload();
    await expect(page.getByText("No offerings yet.")).toBeVisible();
  });

  test("removing a filled offering asks first", async ({ signedInPage: page }) => {
    await createProject(page, "Running course");
    const step = new OfferingsStep(page);
    await step.addOffering({ name: "Marathon plan", definition: "Sixteen weeks of training" });
    await step.removeAfterCancellingOnce(step.offering(1), {
      button: "Remove offering Marathon plan",
      question: "Remove “Marathon plan”?",
      confirm: "Remove offering",
    });
    await expect(page.getByText("No offerings yet.")).toBeVisible();
  });
});
