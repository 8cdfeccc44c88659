import { expectNoA11yViolations } from "./axe";
import { CompetitorsStep, type CompetitorValues } from "./support/competitors-step";
import { createProject, expect, test } from "./support/fixtures";
import { describingText } from "./support/form-fields";
import { COMPETITORS, PROFILE } from "./support/guitar-shop";

const megastore = COMPETITORS[0]!;

// Beside the shop's own competitor: a bare domain and fields left empty must survive too.
const localChain: CompetitorValues = {
  name: "Local music shop chain",
  website: "https://musica-centro.example",
  overlap: "Starter guitars and lessons",
  revenueModel: "",
  channels: "Shop windows, school partnerships, Instagram stories",
  notes: "",
};

test.describe("step 2: competitors and the target's digital profile", () => {
  test("two competitors and a full profile survive a reload exactly, in the new order", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Handmade guitars");
    const step = new CompetitorsStep(page);
    await step.goto(projectId);
    await expect(page.getByRole("heading", { name: "No competitors yet" })).toBeVisible();
    await expect(page.getByText(/not to copy what others do/)).toBeVisible();
    await expectNoA11yViolations(page);

    await step.addCompetitor(megastore);
    // A bare domain gets its https:// when the field is left.
    await step.addCompetitor({ ...localChain, website: "musica-centro.example" });
    await step
      .competitor(2)
      .getByLabel(/^Notes/)
      .focus();
    await expect(step.competitor(2).getByLabel(/^Website/)).toHaveValue("https://musica-centro.example");

    await step.fillDigitalProfile({ ...PROFILE, socialNetworks: ["Instagram", "YouTube"] });
    // Typing a ready-made channel ticks its box instead of adding a second entry.
    await step.addTags("ownChannels", ["tiktok"]);
    await expect(step.networks().getByLabel("TikTok", { exact: true })).toBeChecked();
    await expect(step.tags("ownChannels")).toHaveCount(PROFILE.ownChannels!.length);
    await expectNoA11yViolations(page);

    await page.getByRole("button", { name: "Move up: Local music shop chain" }).click();
    await step.save();
    await page.reload();
    await expect(step.stepperLink()).toHaveText(/digital profile\s*complete$/);

    await step.expectCompetitor(1, localChain);
    await step.expectCompetitor(2, megastore);
    await step.expectDigitalProfile(PROFILE);
    await expectNoA11yViolations(page);

    // Removing a filled competitor asks first; cancelling keeps it.
    await step.removeAfterCancellingOnce(step.competitor(2), {
      button: "Remove competitor Local music shop chain",
      question: "Remove “Local music shop chain”?",
      confirm: "Remove competitor",
    });
    await step.tags("keywords").filter({ hasText: "luthier Seville" }).getByRole("button").click();

    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).not.toHaveURL(/\/competitors$/);
    await step.goto(projectId);
    await step.expectCompetitor(1, megastore);
    await step.expectDigitalProfile({ ...PROFILE, keywords: ["handmade guitar"] });
  });

  test("field errors sit next to their fields, keep the input, and save nothing", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Meal kits");
    const step = new CompetitorsStep(page);
    await step.goto(projectId);
    await step.addCompetitor({ name: "   ", website: "ftp://files.example.com" });
    await step.saveButton().click();

    const name = step.competitor(1).getByLabel("Competitor name", { exact: true });
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(await describingText(name)).toHaveText("Fill in this field.");
    const website = step.competitor(1).getByLabel(/^Website/);
    await expect(website).toHaveAttribute("aria-invalid", "true");
    await expect(await describingText(website)).toHaveText("Enter a full web address, such as https://example.com.");
    await expect(website).toHaveValue("ftp://files.example.com");
    await expect(step.fieldsNeedAttention()).toBeVisible();
    await expectNoA11yViolations(page);

    // Fixing the fields clears the errors on the next save.
    await name.fill("Meal-kit market leader");
    await website.fill("https://leader.example");
    await step.save();
    await expect(website).not.toHaveAttribute("aria-invalid", "true");

    await step.addCompetitor({ name: "Never saved" });
    page.once("dialog", (dialog) => dialog.accept());
    await page.reload();
    await step.expectCompetitor(1, { name: "Meal-kit market leader", website: "https://leader.example" });
    await expect(step.competitor(2)).toHaveCount(0);
  });

  test("shows the step in Spanish", async ({ signedInPage: page, context }) => {
    const projectId = await createProject(page, "Guitarras");
    await context.addCookies([{ name: "NEXT_LOCALE", value: "es", url: page.url() }]);
    await page.goto(`/projects/${projectId}/competitors`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Competencia y perfil digital de tu público");
    const channels = page.getByRole("group", { name: "Canales donde puedes llegar a tu público" });
    await expect(channels.getByRole("group", { name: "Redes sociales" }).getByLabel("Instagram")).toBeVisible();
    await expect(channels.getByRole("group", { name: "Otros canales" }).getByLabel("Anuncios en buscadores")).toBeVisible();
    await page.getByRole("button", { name: "+ Añadir competidor" }).click();
    await expect(page.getByLabel("Nombre del competidor")).toBeFocused();
    await expectNoA11yViolations(page);
  });
});
