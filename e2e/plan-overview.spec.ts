import { expectNoA11yViolations } from "./axe";
import { createProject, expect, test } from "./support/fixtures";
import { OfferingsStep } from "./support/offerings-step";
import { PersonasStep } from "./support/personas-step";

test.describe("plan overview", () => {
  test("an empty project says what is missing and links to the step that fills it", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Empty workshop");
    await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Plan overview" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/plan$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marketing-integration plan");
    await expect(page.getByText("0 of 5 steps complete").filter({ visible: true })).toBeVisible();

    const offerings = page.getByRole("region", { name: "Offerings and their buyer personas" });
    await expect(offerings.getByText(/No offerings yet/)).toBeVisible();
    await expect(offerings.getByRole("link", { name: "Go to step 1: Business model" })).toHaveAttribute(
      "href",
      `/projects/${projectId}/offerings`,
    );
    for (const [region, text] of [
      ["Competitors and the digital profile of your target", /No competitors listed yet/],
      ["Demographic and sociocultural profile", /No demographic or sociocultural profile yet/],
      ["Content plan", /No content ideas yet/],
      ["Social networks by persona", /No social network plans yet/],
      ["Campaigns and budget", /No campaigns yet/],
    ] as const) {
      await expect(page.getByRole("region", { name: region }).getByText(text)).toBeVisible();
    }
    await expectNoA11yViolations(page);
  });

  test("an offering and a persona entered in the wizard appear in the plan", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Guitarras Lorca", "Hand-made guitars");
    const step1 = new OfferingsStep(page);
    await step1.addOffering({
      name: "Starter guitar",
      category: "Services",
      definition: "A solid-top guitar built to stay in tune",
      objective: "Win first-time buyers",
      audience: "Students on a budget",
    });
    await step1.save();

    const step4 = new PersonasStep(page);
    await step4.goto(projectId);
    await step4.addPersona({
      offering: "Starter guitar",
      name: "Lucía",
      description: "Nineteen, plays in a school band and saves from a weekend job",
    });
    await step4.save();

    await page.goto(`/projects/${projectId}/plan`);
    const offerings = page.getByRole("region", { name: "Offerings and their buyer personas" });
    await expect(offerings.getByText("1 offering, 1 persona")).toBeVisible();
    await expect(offerings.getByRole("heading", { level: 3, name: "Services" })).toBeVisible();
    const offering = offerings.getByRole("article", { name: "Starter guitar" });
    await expect(offering.getByText("A solid-top guitar built to stay in tune")).toBeVisible();
    await expect(offering.getByText("Students on a budget")).toBeVisible();
    const persona = offering.getByRole("list", { name: "Buyer personas for Starter guitar" }).getByRole("article");
    await expect(persona.getByRole("heading", { level: 5 })).toHaveText(/Lucía/);
    await expect(persona.getByText("Nineteen, plays in a school band and saves from a weekend job")).toBeVisible();
    await expectNoA11yViolations(page);
    await page.screenshot({ path: "test-results/plan-overview.png", fullPage: true });
  });
});
