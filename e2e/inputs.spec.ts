import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { CompetitorsStep } from "./support/competitors-step";
import { DemographicsStep } from "./support/demographics-step";
import { createProject, expect, test } from "./support/fixtures";
import { IntegrationStep } from "./support/integration-step";
import { OfferingsStep } from "./support/offerings-step";
import { PersonasStep } from "./support/personas-step";
import { createProjectWithPersona } from "./support/seed-project";
import { expectEntries } from "./support/tag-input";

// Issue 13, items 4 and 5: tag fields take lists, numbers follow the reader's language,
// limits are counted and named, text areas grow, and the focus stays where the keyboard was.

/** Pastes text the way a browser does, clipboard data included (headless Chromium has no clipboard to share). */
async function paste(input: Locator, text: string): Promise<void> {
  await input.focus();
  await input.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function useSpanish(page: Page): Promise<void> {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "es", url: page.url() }]);
}

test.describe("inputs that behave", () => {
  test("a tag field splits a pasted list, ends an entry at a comma and keeps what is left on blur", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Guitarras Lorca");
    const step = new DemographicsStep(page);
    await step.goto(projectId);
    const locations = step.field("locations");

    await paste(locations, "Seville, Cádiz; Málaga\nGranada");
    await expectEntries(locations, ["Seville", "Cádiz", "Málaga", "Granada"]);
    await expect(locations).toHaveValue("");

    // A repeat is skipped; a comma ends the entry typed before it.
    await locations.pressSequentially("seville,Huelva,Jaén");
    await expectEntries(locations, ["Seville", "Cádiz", "Málaga", "Granada", "Huelva"]);
    await expect(locations).toHaveValue("Jaén");
    await step.field("languages").focus();
    await expectEntries(locations, ["Seville", "Cádiz", "Málaga", "Granada", "Huelva", "Jaén"]);
    await expectNoA11yViolations(page);

    await step.save();
    await page.reload();
    await expectEntries(step.field("locations"), ["Seville", "Cádiz", "Málaga", "Granada", "Huelva", "Jaén"]);
  });

  test("an amount typed in Spanish saves and comes back in Spanish, and in English in English", async ({ signedInPage: page }) => {
    const projectId = await createProjectWithPersona(page, "Guitarras Lorca", { offering: "Premium guitars", name: "Andrés" });
    const step = new IntegrationStep(page);
    await step.goto(projectId);
    await step.addCampaign({ offering: "Premium guitars", personas: ["Andrés"], channel: "Instagram ads", budget: "1,500.5" });
    await step.save();

    await useSpanish(page);
    await page.reload();
    // The only campaign: its card is titled in Spanish now, so the field is found on the page.
    const amount = page.getByLabel(/^(Monto|Importe)$/);
    await expect(amount).toHaveValue("1.500,50");
    await amount.fill("2.750,25");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Guardado.");
    await expect(amount).toHaveValue("2.750,25");
    await page.reload();
    await expect(amount).toHaveValue("2.750,25");
    await expectNoA11yViolations(page);

    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
    await page.reload();
    await expect(step.campaign(1).getByLabel("Amount")).toHaveValue("2,750.25");
  });

  test("a limited field counts its characters, keeps a longer text whole and names the limit", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Guitarras Lorca");
    const step = new DemographicsStep(page);
    await step.goto(projectId);
    const occupation = step.field("occupation");

    await occupation.fill("x".repeat(60));
    await expect(page.getByText("of 120 characters")).toHaveCount(0);
    await occupation.fill("x".repeat(100));
    await expect(page.getByText("100 of 120 characters")).toBeVisible();
    await expect(occupation).toHaveAccessibleDescription(/100 of 120 characters/);

    const long = "y".repeat(130);
    await occupation.fill(long);
    await expect(occupation).toHaveValue(long);
    await step.saveButton().click();
    await expect(step.fieldsNeedAttention()).toBeVisible();
    await expect(occupation).toHaveAttribute("aria-invalid", "true");
    await expect(occupation).toHaveAccessibleDescription(/At most 120 characters/);
    await expect(page.getByText("130 of 120 characters")).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("steps 2 and 4 count characters too, under the same limits the server applies", async ({ signedInPage: page }) => {
    const projectId = await createProjectWithPersona(page, "Guitarras Lorca", { offering: "Starter guitars", name: "Lucía" });
    const personas = new PersonasStep(page);
    const view = await personas.open("Starter guitars", "Lucía");
    const occupation = view.getByLabel(/^Occupation/);
    await occupation.fill("x".repeat(100));
    await expect(occupation).toHaveAccessibleDescription(/100 of 120 characters/);
    await personas.save();
    await expectNoA11yViolations(page);

    const competitors = new CompetitorsStep(page);
    await competitors.goto(projectId);
    await competitors.addCompetitor({ name: "Casa Ramos" });
    const notes = competitors.competitor(1).getByLabel(/^Notes/);
    await notes.fill("z".repeat(1700));
    await expect(notes).toHaveAccessibleDescription(/1,700 of 2,000 characters/);
    await expectNoA11yViolations(page);
  });

  test("a text area grows with what is written", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Guitarras Lorca");
    const step = new DemographicsStep(page);
    await step.goto(projectId);
    const values = step.field("valuesAndCustoms");
    const before = (await values.boundingBox())!.height;
    await values.fill(Array.from({ length: 8 }, (_, i) => `Line ${i + 1}`).join("\n"));
    await expect.poll(async () => (await values.boundingBox())!.height).toBeGreaterThan(before * 2);
  });

  test("the focus stays on Save after saving, and moves to the next category after a removal", async ({ signedInPage: page }) => {
    await createProject(page, "Guitarras Lorca");
    const step = new OfferingsStep(page);
    // Step 1 may suggest categories: rename them, adding any that are missing.
    for (const [n, name] of [
      [1, "Guitars"],
      [2, "Repairs"],
      [3, "Lessons"],
    ] as const) {
      if ((await step.categoryName(n).count()) === 0) await page.getByRole("button", { name: "+ Add category" }).click();
      await step.categoryName(n).fill(name);
    }
    await expect(step.categoryName(4)).toHaveCount(0);

    await step.saveButton().focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("Saved.");
    await expect(step.saveButton()).toBeFocused();

    await page.getByRole("button", { name: "Remove category Repairs" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Remove category Repairs" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Remove category Lessons" })).toBeFocused();
    // The last category in the list: the focus goes back to the one before it.
    await page.keyboard.press("Enter");
    await expect(step.categoryName(1)).toBeFocused();

    // After the confirmation, the focus moves to the next card's title.
    for (const name of ["Premium guitars", "Affordable guitars"]) await step.addOffering({ name });
    await step.offering(1).getByRole("button", { name: "Remove offering Premium guitars" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove offering" }).click();
    await expect(page.getByRole("heading", { level: 3, name: /Affordable guitars/ })).toBeFocused();
    await expectNoA11yViolations(page);
  });
});
