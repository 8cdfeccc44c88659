import type { Page } from "@playwright/test";
import { WIZARD_STEPS } from "../lib/wizard/steps";
import { expectNoA11yViolations } from "./axe";
import { expect, test } from "./support/fixtures";
import { createProjectWithPersona } from "./support/seed-project";
import { formReady } from "./support/step-page";

const PHONE = { width: 390, height: 844 };

/** Where, from the top of the page, the step's heading and its first form control start. */
async function layoutOf(page: Page) {
  return page.evaluate(() => {
    const top = (element: Element | undefined | null) =>
      element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : null;
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null && (element as HTMLInputElement).type !== "hidden";
    const controls = [...document.querySelectorAll("#main form :is(input, select, textarea, button)")].filter(visible);
    return {
      header: Math.round(document.querySelector("header")!.getBoundingClientRect().bottom),
      title: top(document.querySelector("#step-title")),
      firstField: top(controls.find((element) => element.tagName !== "BUTTON")),
      firstControl: top(controls[0]),
    };
  });
}

/** A step page once its form is on screen: the server sends a placeholder, the browser renders the form. */
async function openStep(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await formReady(page);
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: PHONE });

  test("every step starts within the first screen, under a one-line header and a folded stepper", async ({
    signedInPage: page,
  }, testInfo) => {
    const projectId = await createProjectWithPersona(page, "Taller de guitarras Lorca y Fernández, hechas a mano en Sevilla", {
      offering: "Guitars",
      name: "Ana",
    });
    const measured: string[] = [];
    for (const step of WIZARD_STEPS) {
      await openStep(page, `/projects/${projectId}/${step.slug}`);
      const layout = await layoutOf(page);
      measured.push(
        `${step.slug}: header ${layout.header}, title ${layout.title}, first control ${layout.firstControl}, first field ${layout.firstField}`,
      );
      await page.screenshot({ path: testInfo.outputPath(`phone-${step.slug}.png`) });
      // One line of header, and the step's own heading in the top quarter of the screen.
      expect(layout.header).toBeLessThanOrEqual(56);
      expect(layout.title).toBeLessThan(PHONE.height / 4);
    }
    // Step 1 opens on its first field. The later steps start with their own lead and help
    // (their copy, not the frame this spec is about), which can push the first field lower.
    await openStep(page, `/projects/${projectId}/offerings`);
    expect((await layoutOf(page)).firstField).toBeLessThan(PHONE.height);
    await testInfo.attach("layout at 390x844", { body: measured.join("\n"), contentType: "text/plain" });
    console.log(measured.join("\n"));
  });

  test("the folded stepper says where the owner is and opens to every step's state in words", async ({ signedInPage: page }) => {
    const projectId = await createProjectWithPersona(page, "Guitar workshop", { offering: "Guitars", name: "Ana" });
    await page.goto(`/projects/${projectId}/personas`);
    const stepper = page.getByRole("navigation", { name: "Wizard steps" });
    const toggle = stepper.getByRole("button", { name: /^Step 4 of 5 · Buyer personas/ });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(stepper.getByRole("progressbar", { name: /of 5 steps complete/ })).toBeVisible();
    // Folded: no step link is on screen until the owner asks.
    await expect(stepper.getByRole("link")).toHaveCount(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(stepper.getByRole("link")).toHaveCount(5);
    await expect(stepper.getByRole("link", { name: /^4\. Buyer personas/ })).toHaveAttribute("aria-current", "step");
    await expect(stepper.getByRole("link", { name: /^2\. Competitors and digital profile/ })).toContainText("Not started yet.");
    await expectNoA11yViolations(page);
    await page.screenshot({ path: test.info().outputPath("phone-stepper-open.png") });

    await stepper.getByRole("link", { name: /^5\. Marketing integration/ }).click();
    await expect(page).toHaveURL(/\/integration$/);
    await expect(stepper.getByRole("button", { name: /^Step 5 of 5 · Marketing integration/ })).toHaveAttribute("aria-expanded", "false");
    await expect(stepper.getByRole("link")).toHaveCount(0);

    // The plan is no step: the stepper names the whole instead.
    await page.goto(`/projects/${projectId}/plan`);
    await expect(stepper.getByRole("button", { name: /^The five steps/ })).toBeVisible();
  });

  test("the menu holds the account, the projects and the language, and closes with Escape", async ({ signedInPage: page, user }) => {
    await page.goto("/projects");
    const menu = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toHaveCount(0);
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByText(`Signed in as ${user.name}`)).toBeVisible();
    await expect(nav.getByRole("link", { name: "My projects" })).toBeVisible();
    await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(nav.getByRole("group", { name: "Language" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.screenshot({ path: test.info().outputPath("phone-menu-open.png") });
    await page.keyboard.press("Escape");
    await expect(nav).toHaveCount(0);
    await expect(menu).toBeFocused();

    await menu.click();
    await nav.getByRole("link", { name: "Account" }).click();
    await expect(page).toHaveURL(/\/account$/);
    // Following a link closes the menu.
    await expect(nav).toHaveCount(0);

    await menu.click();
    await nav.getByRole("button", { name: "Español" }).click();
    await expect(page.getByRole("button", { name: "Menú" })).toBeVisible();
  });
});
