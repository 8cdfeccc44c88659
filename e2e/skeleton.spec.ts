import { randomUUID } from "node:crypto";
import { expectNoA11yViolations } from "./axe";
import { createProject, expect, makeUser, newBrowserPage, signUp, submitSignIn, submitSignUp, test } from "./support/fixtures";
import { OfferingsStep } from "./support/offerings-step";

test.describe("accounts", () => {
  test.use({ locale: "en-US" });

  test("a new user signs up, after a password that is too short is refused at the field", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stop selling to everyone");
    await expectNoA11yViolations(page);

    const user = makeUser();
    // The landing page repeats its call to action at the bottom; the hero's comes first.
    await page.getByRole("link", { name: "Create your free account" }).first().click();
    await submitSignUp(page, { ...user, password: "short" });
    const password = page.getByLabel("Password", { exact: true });
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
    await expectNoA11yViolations(page);

    await password.fill(user.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByText("No projects yet")).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("bad credentials get one generic message, whichever part is wrong", async ({ browser, user }) => {
    const { context: other, page: signInPage } = await newBrowserPage(browser);
    await signInPage.goto("/sign-in");
    await expectNoA11yViolations(signInPage);
    const generic = "The email or password is not right. Check both and try again.";
    for (const [email, pass] of [
      [user.email, "not the password"],
      [`nobody-${randomUUID()}@example.test`, user.password],
    ] as const) {
      await submitSignIn(signInPage, email, pass);
      await expect(signInPage.getByRole("alert").filter({ hasText: generic })).toBeVisible();
      await expect(signInPage.getByLabel("Password", { exact: true })).toHaveValue("");
    }
    await submitSignIn(signInPage, user.email, user.password);
    await expect(signInPage).toHaveURL(/\/projects$/);
    await other.close();
  });

  test("security headers and session cookie flags", async ({ signedInPage: page, context }) => {
    const response = await page.goto("/projects");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // The e2e server runs a production build, which sends HSTS and prefixes the session cookie.
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    const session = (await context.cookies()).find((c) => c.name.includes("authjs.session-token"));
    expect(session).toMatchObject({ name: "__Secure-authjs.session-token", httpOnly: true, sameSite: "Lax", secure: true });
  });
});

test.describe("projects and privacy", () => {
  test("a second user can neither open nor list someone else's project", async ({ signedInPage: page, browser }) => {
    const projectId = await createProject(page, "Private workshop");
    const { context: stranger, page: strangerPage } = await newBrowserPage(browser);
    await signUp(strangerPage, makeUser("stranger"));
    await expect(strangerPage.getByText("Private workshop")).toHaveCount(0);
    const response = await strangerPage.goto(`/projects/${projectId}/offerings`);
    expect(response?.status()).toBe(404);
    await expect(strangerPage.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    await expectNoA11yViolations(strangerPage);
    // A made-up id gets exactly the same answer.
    const missing = await strangerPage.goto(`/projects/00000000-0000-4000-8000-000000000000/offerings`);
    expect(missing?.status()).toBe(404);
    await stranger.close();
  });

  test("renaming and deleting a project, after a confirmation that says what is lost", async ({ signedInPage: page }) => {
    await createProject(page, "Old name");
    const step = new OfferingsStep(page);
    await step.addOffering({ name: "Only offering" });
    await step.save();

    await page.goto("/projects");
    await page.getByRole("button", { name: "Rename" }).click();
    const rename = page.getByRole("dialog", { name: "Rename project" });
    await rename.getByLabel("Business name").fill("New name");
    await rename.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("link", { name: "New name" })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete “New name”?" });
    await expect(confirm).toContainText("3 categories, 1 offering");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("link", { name: "New name" })).toBeVisible();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete project" }).click();
    await expect(page.getByRole("link", { name: "New name" })).toHaveCount(0);
    await expect(page.getByText("No projects yet")).toBeVisible();
  });
});

test.describe("languages", () => {
  test("the first visit follows the browser, and a switch is remembered", async ({ browser }) => {
    const { context: spanish, page: es } = await newBrowserPage(browser, { locale: "es-ES" });
    await es.goto("/");
    await expect(es.getByRole("heading", { level: 1 })).toHaveText("Deja de venderle a todo el mundo");
    await expect(es.locator("html")).toHaveAttribute("lang", "es");
    await expectNoA11yViolations(es);
    await spanish.close();

    const { context: english, page } = await newBrowserPage(browser);
    await signUp(page, makeUser("bilingual"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My projects");
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Español" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mis proyectos");
    await expect(page.getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mis proyectos");
    await expectNoA11yViolations(page);
    await page.getByRole("group", { name: "Idioma" }).getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My projects");
    await english.close();
  });
});
