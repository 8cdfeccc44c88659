import { expectNoA11yViolations } from "./axe";
import { expect, newBrowserPage, test } from "./support/fixtures";

test.describe("landing page", () => {
  for (const { name, viewport } of [
    { name: "desktop", viewport: { width: 1280, height: 900 } },
    { name: "390 px phone", viewport: { width: 390, height: 844 } },
  ]) {
    test(`shows a visitor what they will end up with, on a ${name}`, async ({ browser, baseURL }, testInfo) => {
      const { context, page } = await newBrowserPage(browser, { baseURL, viewport });
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stop selling to everyone");
      // Both calls sit in the first screen, before any sample.
      const signUp = page.getByRole("link", { name: "Create your free account" }).first();
      await expect(signUp).toBeInViewport();
      await expect(page.getByRole("link", { name: "I already have an account" }).first()).toBeInViewport();

      const example = page.getByRole("region", { name: "What you end up with" });
      const persona = example.getByRole("article", { name: "A buyer persona sheet" });
      await expect(persona).toContainText("Irene, 34");
      await expect(persona.getByRole("term")).toHaveText([
        "What she wants",
        "What holds her back",
        "Role in the purchase",
        "Where to reach her",
        "What would make her book",
      ]);
      const plan = example.getByRole("article", { name: "An excerpt of the marketing-integration plan" });
      await expect(plan.getByRole("table", { name: "Content ideas for Irene" }).getByRole("row")).toHaveCount(4);
      await expect(plan).toContainText("€150.00");
      const steps = page.getByRole("region", { name: "The five steps" }).getByRole("listitem");
      await expect(steps).toHaveCount(5);
      await expect(steps.nth(3)).toContainText("Buyer personas");
      await expectNoA11yViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`landing-${name.replace(/\W+/g, "-")}.png`), fullPage: true });

      await signUp.click();
      await expect(page).toHaveURL(/\/sign-up$/);
      await context.close();
    });
  }

  test("reads in Spanish with the same example, and its figures in Spanish format", async ({ browser, baseURL }) => {
    const { context, page } = await newBrowserPage(browser, { baseURL, locale: "es-ES" });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deja de venderle a todo el mundo");
    const plan = page.getByRole("article", { name: "Un extracto del plan de integración de marketing" });
    await expect(plan).toContainText("150,00 €");
    await expect(page.getByRole("article", { name: "Una ficha de buyer persona" })).toContainText("Irene, 34 años");
    await expectNoA11yViolations(page);
    await context.close();
  });

  test("sends a signed-in user to their projects", async ({ signedInPage: page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/projects$/);
  });
});
