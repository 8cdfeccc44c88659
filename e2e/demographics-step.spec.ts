import { expectNoA11yViolations } from "./axe";
import { DemographicsStep } from "./support/demographics-step";
import { createProject, expect, test } from "./support/fixtures";
import { DEMOGRAPHICS } from "./support/guitar-shop";
import { typeEntries } from "./support/tag-input";

test.describe("step 3: demographic and sociocultural profile", () => {
  test("the guitar shop's profile survives a reload exactly and completes the step", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Handmade guitars", "Guitars built by hand in Seville");
    const step = new DemographicsStep(page);
    await step.goto(projectId);
    // The method's warning sits above the fields and leads to step 4.
    const nudge = page.getByRole("note", { name: "Who they are is not why they buy" });
    await expect(nudge).toBeVisible();
    await expect(nudge.getByRole("link", { name: "Go to step 4: Buyer personas" })).toHaveAttribute(
      "href",
      `/projects/${projectId}/personas`,
    );
    await expectNoA11yViolations(page);

    await step.fill(DEMOGRAPHICS);
    await expect(page.getByText(/^People of these ages were born between \d{4} and \d{4}\.$/)).toBeVisible();
    // A suggestion is ticked; a free one is added beside it as a chip, and typing a suggestion's name ticks its box.
    await step.addTags("genders", ["Two-spirit people"]);
    await step.tags("genders").filter({ hasText: "Two-spirit people" }).getByRole("button").click();
    await typeEntries(step.field("genders"), ["women"]);
    await expect(page.getByRole("checkbox", { name: "Women", exact: true })).toBeChecked();
    await expect(step.tags("genders")).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Women", exact: true }).uncheck();
    await step.save();
    // The save refreshes the page's server parts; the title must come back with them.
    await expect(page).toHaveTitle(/Demographic and sociocultural profile/);
    await expectNoA11yViolations(page);

    await page.reload();
    await step.expectValues(DEMOGRAPHICS);
    await expect(step.stepperLink()).toContainText("complete");
    await expectNoA11yViolations(page);

    // A choice saved in English is the same choice for a colleague who reads Spanish.
    await page.getByRole("button", { name: "Español" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Perfil demográfico y sociocultural");
    await expect(page.getByRole("checkbox", { name: "Todos los géneros", exact: true })).toBeChecked();
    // Shown once, as its box: no chip repeats it.
    await expect(page.getByRole("button", { name: "Quitar Todos los géneros" })).toHaveCount(0);
  });

  test("a minimum age above the maximum is refused at the field, and what is missing is listed", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Meal kits");
    const step = new DemographicsStep(page);
    await step.goto(projectId);

    await step.fill({ ageMin: "50", ageMax: "30", genders: ["Women"], occupation: "Office workers with long days" });
    await step.saveButton().click();
    await expect(step.field("ageMax")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("The minimum age cannot be above the maximum age.")).toBeVisible();
    await expect(step.fieldsNeedAttention()).toBeVisible();
    await expectNoA11yViolations(page);

    await step.field("ageMin").fill("28");
    await step.field("ageMax").fill("45");
    await step.save();
    await expect(step.field("ageMax")).not.toHaveAttribute("aria-invalid", "true");

    // Gender is never asked for; location, economic level, values and customs are.
    await page.reload();
    await page.getByText(/^What is left to do/).click();
    const gaps = page.getByRole("definition").filter({ hasText: "Add at least one location." });
    await expect(gaps).toContainText("Describe their economic level.");
    await expect(gaps).toContainText("Describe their values and customs.");
    await expect(gaps).not.toContainText("age range");
    await step.expectValues({ ageMin: "28", ageMax: "45", genders: ["Women"], occupation: "Office workers with long days" });
  });
});
