import { expectNoA11yViolations } from "./axe";
import { createProject, expect, test } from "./support/fixtures";
import { OfferingsStep } from "./support/offerings-step";

test.describe("step 1: business model per offering", () => {
  test("two categories and three offerings survive a reload exactly, in the new order", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Handmade guitars", "Guitars built by hand in Seville");
    const step = new OfferingsStep(page);
    await expect(page.getByRole("navigation", { name: "Wizard steps" }).getByRole("link", { name: /Business model/ })).toHaveAttribute(
      "aria-current",
      "step",
    );
    await expect(page.getByText("No offerings yet.")).toBeVisible();
    await expectNoA11yViolations(page);

    // Keep two categories: rename the first, remove the third, keep the second.
    await step.categoryName(1).fill("Guitars");
    await page.getByRole("button", { name: "Remove category Training" }).click();
    await expect(page.getByLabel("Category 3 name")).toHaveCount(0);

    await step.addOffering({
      name: "Affordable electric guitar",
      category: "Guitars",
      definition: "A solid-body guitar built from local woods.",
      objective: "Bring in new, younger customers.",
      weight: "4",
      revenueShare: "30",
      tier: /^Growth/,
      audience: "Young guitarists on a budget",
    });
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
    await step.expectOffering(1, {
      name: "Affordable electric guitar",
      category: "Guitars",
      definition: "A solid-body guitar built from local woods.",
      objective: "Bring in new, younger customers.",
      weight: "4",
      revenueShare: "30",
      tier: /^Growth/,
      audience: "Young guitarists on a budget",
    });
    await step.expectOffering(2, { name: "Set-up and repair", category: "Consulting", audience: "Local musicians", tier: /^Core/ });
    await step.expectOffering(3, { name: "Premium archtop", category: "Guitars", definition: "Hand-carved archtop.", weight: "5" });

    // "Save and continue" saves and leaves the step.
    await step.fillOffering(3, { name: "Premium archtop guitar" });
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).not.toHaveURL(/\/offerings$/);
    await page.goto(`/projects/${projectId}/offerings`);
    await step.expectOffering(3, { name: "Premium archtop guitar" });
  });

  test("a field error sits next to its field, keeps the input, and saves nothing", async ({ signedInPage: page }) => {
    await createProject(page, "Meal kits");
    const step = new OfferingsStep(page);
    await step.addOffering({ name: "x".repeat(121) });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const name = step.offering(1).getByLabel("Name", { exact: true });
    await expect(name).toHaveAttribute("aria-invalid", "true");
    const describedBy = (await name.getAttribute("aria-describedby"))!.split(" ");
    const errorText = page.locator(`[id="${describedBy[0]}"]`);
    await expect(errorText).toHaveText("This is too long. Shorten it a little.");
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
    await page.getByRole("button", { name: "Remove offering Marathon plan" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove “Marathon plan”?" });
    await expect(dialog).toBeVisible();
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(step.offering(1)).toBeVisible();
    await page.getByRole("button", { name: "Remove offering Marathon plan" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove offering" }).click();
    await expect(page.getByText("No offerings yet.")).toBeVisible();
  });
});
