import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { createProject, expect, test } from "./support/fixtures";
import { IntegrationStep } from "./support/integration-step";
import { PersonasStep, type PersonaValues } from "./support/personas-step";
import { createProjectWithOfferings } from "./support/seed-project";

/** Step 4, open on a project whose step 1 holds two saved offerings. */
async function openStep4WithTwoOfferings(page: Page) {
  const projectId = await createProjectWithOfferings(page, "Guitarras Lorca", ["Affordable guitars", "Premium guitars"]);
  const step = new PersonasStep(page);
  await step.goto(projectId);
  return { projectId, step };
}

const LUCIA: PersonaValues = {
  offering: "Affordable guitars",
  name: "Lucía, the young guitarist",
  description: "Nineteen, plays at open-mic nights",
  goals: ["Play her first paid gig"],
  pains: ["Strings too high on cheap guitars"],
  decisionRole: "Buyer",
};

test.describe("step 4: buyer personas for each offering", () => {
  test("without offerings the step points at step 1", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Empty workshop");
    await new PersonasStep(page).goto(projectId);
    await expect(page.getByRole("heading", { name: "No offerings yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to step 1: Business model" })).toHaveAttribute(
      "href",
      `/projects/${projectId}/offerings`,
    );
    await expectNoA11yViolations(page);
  });

  test("a persona duplicated onto the other offering completes the step, and both survive a reload", async ({ signedInPage: page }) => {
    const { step } = await openStep4WithTwoOfferings(page);
    const missing = page.getByText("Offerings without a persona yet").locator("..");
    await expect(missing).toContainText("Affordable guitars");
    await expect(missing).toContainText("Premium guitars");

    const card = await step.addPersona(LUCIA);
    await card.getByLabel("Duplicate to…").selectOption({ label: "Premium guitars" });
    await card.getByRole("button", { name: `Duplicate ${LUCIA.name} to the chosen offering` }).click();
    const copy: PersonaValues = { ...LUCIA, offering: "Premium guitars", name: `${LUCIA.name} (copy)` };
    await step.expectPersona(copy);
    await expect(page.getByText("Every offering has at least one persona.")).toBeVisible();
    await expectNoA11yViolations(page);
    await step.save();

    await page.reload();
    await step.expectPersona(LUCIA);
    await step.expectPersona(copy);
    await expect(step.stepperLink()).toContainText("complete");
  });

  test("an age range upside down is refused at the field, keeps the input, saves nothing, and passes axe", async ({
    signedInPage: page,
  }) => {
    const { step } = await openStep4WithTwoOfferings(page);
    const card = await step.addPersona({ ...LUCIA, ageMin: "30", ageMax: "20" });
    await step.saveButton().click();
    await expect(step.fieldsNeedAttention()).toBeVisible();
    // The message sits on the second age, the one to correct.
    await expect(card.getByLabel(/^Age to/)).toHaveAttribute("aria-invalid", "true");
    await expect(card.getByText("The minimum age cannot be above the maximum age.")).toBeVisible();
    await expect(card.getByLabel(/^Age from/)).toHaveValue("30");
    await expect(card.getByLabel(/^Short description/)).toHaveValue(LUCIA.description!);
    await expectNoA11yViolations(page);

    page.once("dialog", (dialog) => dialog.accept());
    await page.reload();
    await expect(page.getByText("Nobody described for this offering yet.", { exact: false }).first()).toBeVisible();
    await expect(step.persona(LUCIA.offering, LUCIA.name)).toHaveCount(0);
  });

  test("removing a persona that step 5 uses says what goes with it and asks first", async ({ signedInPage: page }) => {
    const { projectId, step } = await openStep4WithTwoOfferings(page);
    await step.addPersona(LUCIA);
    await step.save();
    const step5 = new IntegrationStep(page);
    await step5.goto(projectId);
    await step5.addContentIdea({ persona: LUCIA.name, topic: "Five signs your first guitar holds you back" });
    await step5.addSocialPlan({ persona: LUCIA.name, network: "TikTok" });
    await step5.save();

    await step.goto(projectId);
    await step.removePersona(LUCIA.name);
    await step.saveButton().click();

    // The server lists what depends on the persona before anything is deleted.
    const dialog = page.getByRole("dialog", { name: "Remove these items and what depends on them?" });
    await expect(dialog).toContainText(LUCIA.name);
    await expect(dialog).toContainText("1 content idea, 1 social network plan, no campaigns");
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    page.once("dialog", (d) => d.accept());
    await page.reload();
    await step.expectPersona(LUCIA);

    await step.removePersona(LUCIA.name);
    await step.saveButton().click();
    await dialog.getByRole("button", { name: "Remove and save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved.");
    await step5.goto(projectId);
    await expect(page.getByRole("heading", { name: "No buyer personas yet" })).toBeVisible();
  });

  test("past four personas the saved ones start folded, open on demand, and a field error opens its card", async ({
    signedInPage: page,
  }) => {
    const { step } = await openStep4WithTwoOfferings(page);
    for (const name of ["Ana", "Bea", "Carla", "Dora", "Elena"])
      await step.addPersona({ offering: "Affordable guitars", name, description: `${name} plays on weekends` });
    await step.save();

    await page.reload();
    const ana = step.persona("Affordable guitars", "Ana");
    await expect(ana.getByText("Ana plays on weekends")).toBeVisible();
    await expect(ana.getByLabel("Persona name")).toHaveCount(0);
    const show = ana.getByRole("button", { name: "Show details: Ana" });
    await expect(show).toHaveAttribute("aria-expanded", "false");
    await show.click();
    await expect(ana.getByLabel("Persona name")).toHaveValue("Ana");
    await expect(ana.getByRole("button", { name: "Hide details: Ana" })).toHaveAttribute("aria-expanded", "true");
    await expectNoA11yViolations(page);

    // A mistake left in a card that is folded again still shows where it is.
    const bea = step.persona("Affordable guitars", "Bea");
    await bea.getByRole("button", { name: "Show details: Bea" }).click();
    await bea.getByLabel(/^Age from/).fill("40");
    await bea.getByLabel(/^Age to/).fill("30");
    await bea.getByRole("button", { name: "Hide details: Bea" }).click();
    await expect(bea.getByLabel(/^Age from/)).toHaveCount(0);
    await step.saveButton().click();
    await expect(bea.getByLabel(/^Age from/)).toHaveValue("40");
    await expect(bea.getByText("The minimum age cannot be above the maximum age.").first()).toBeVisible();

    // A persona added now starts open, among folded ones.
    const added = await step.addPersona({ offering: "Premium guitars", name: "Fina" });
    await expect(added.getByLabel("Persona name")).toHaveValue("Fina");
  });
});
