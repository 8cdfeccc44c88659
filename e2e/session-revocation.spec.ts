import path from "node:path";
import type { Browser, BrowserContext, Cookie, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { createProject, expect, newBrowserPage, signIn, submitSignIn, test, type TestUser } from "./support/fixtures";
import { callAction, getAs, joinCookies, readActionEndpoints } from "./support/server-actions";

const root = path.resolve(__dirname, "..");

const sessionCookies = async (context: BrowserContext): Promise<Cookie[]> =>
  (await context.cookies()).filter((c) => c.name.includes("authjs.session-token"));

/** Someone who copied the cookie opens the dashboard in their own browser. */
async function expectReplayRefused(browser: Browser, cookies: Cookie[]): Promise<void> {
  expect(cookies.length, "a session cookie was copied").toBeGreaterThan(0);
  const { context, page } = await newBrowserPage(browser);
  await context.addCookies(cookies);
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in to Perfila" })).toBeVisible();
  await context.close();
}

/** A second browser, signed in as the same person. */
async function secondBrowser(browser: Browser, user: TestUser): Promise<Page> {
  const { page } = await newBrowserPage(browser);
  await signIn(page, user);
  return page;
}

async function openAccount(page: Page): Promise<void> {
  await page.goto("/projects");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
}

async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Confirm new password").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
}

/** The sign-in form's answer to these credentials, from a browser with no session. */
async function trySignIn(browser: Browser, email: string, password: string): Promise<Page> {
  const { page } = await newBrowserPage(browser);
  await page.goto("/sign-in");
  await submitSignIn(page, email, password);
  return page;
}

test.describe("session revocation", () => {
  test("signing out makes a copied cookie useless, and only this device's", async ({ signedInPage: page, context, browser, user }) => {
    const other = await secondBrowser(browser, user);
    const copied = await sessionCookies(context);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectReplayRefused(browser, copied);
    // The other browser keeps its session.
    await other.goto("/projects");
    await expect(other).toHaveURL(/\/projects$/);
    await other.context().close();
  });

  test("changing the password signs out every other device and keeps this one", async ({ signedInPage: page, context, browser, user }) => {
    const other = await secondBrowser(browser, user);
    const copied = await sessionCookies(context);
    await openAccount(page);
    await expectNoA11yViolations(page);

    // A wrong current password is refused on its field and changes nothing.
    await changePassword(page, "not my password", "a brand new passphrase");
    const current = page.getByLabel("Current password");
    await expect(current).toHaveAccessibleDescription("This is not your current password. Check it and try again.");
    await expect(current).toBeFocused();
    await other.goto("/projects");
    await expect(other).toHaveURL(/\/projects$/);

    // Mismatched confirmation never reaches the server.
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("Confirm new password").fill("a brand new passphrasf");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByLabel("Confirm new password")).toHaveAccessibleDescription(
      "The two new passwords do not match. Type the same password in both fields.",
    );

    await changePassword(page, user.password, "a brand new passphrase");
    // The account page has other notices now (email not configured): read the section's own.
    await expect(page.getByRole("region", { name: "Change password" }).getByRole("status")).toHaveText(
      "Your password is changed. Other devices have been signed out.",
    );
    await expect(page.getByLabel("Current password")).toHaveValue("");
    await expectNoA11yViolations(page);

    // This browser stays signed in, on its next request too.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await page.goto("/projects");
    await expect(page).toHaveURL(/\/projects$/);
    // The other browser and the copied cookie are refused.
    await other.reload();
    await expect(other).toHaveURL(/\/sign-in$/);
    await other.context().close();
    await expectReplayRefused(browser, copied);

    const withOld = await trySignIn(browser, user.email, user.password);
    await expect(withOld.getByRole("main").getByRole("alert")).toHaveText("The email or password is not right. Check both and try again.");
    await withOld.context().close();
    const withNew = await trySignIn(browser, user.email, "a brand new passphrase");
    await expect(withNew).toHaveURL(/\/projects$/);
    await withNew.context().close();
  });

  test("sign out everywhere, after confirming, refuses every browser's cookie", async ({ signedInPage: page, context, browser, user }) => {
    const other = await secondBrowser(browser, user);
    const copied = await sessionCookies(context);
    await openAccount(page);

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    const dialog = page.getByRole("dialog", { name: "Sign out on every device?" });
    await expect(dialog).toBeVisible();
    await expectNoA11yViolations(page);
    // Cancelling changes nothing.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await other.goto("/projects");
    await expect(other).toHaveURL(/\/projects$/);

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await dialog.getByRole("button", { name: "Yes, sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectReplayRefused(browser, copied);
    await other.goto("/projects");
    await expect(other).toHaveURL(/\/sign-in$/);
    await other.context().close();

    // The password still works: only the sessions ended.
    await signIn(page, user);
  });

  test("a server action called with a revoked cookie is refused and changes nothing", async ({
    signedInPage: page,
    context,
    browser,
    baseURL,
    user,
  }) => {
    const projectId = await createProject(page, "Revoked guitars", "Built in Seville");
    const revoked = joinCookies(await sessionCookies(context));
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);

    const endpoint = readActionEndpoints(root).get("lib/actions/update-project.ts#updateProjectAction");
    expect(endpoint, "updateProjectAction is in the build").toBeTruthy();
    const response = await callAction(baseURL!, revoked, endpoint!, projectId, [
      projectId,
      { name: "Renamed with a revoked cookie", description: "" },
    ]);
    expect(response.result).toEqual({ ok: false, formError: "unauthenticated" });
    expect((await getAs(baseURL!, revoked, "/projects")).location).toBe("/sign-in");

    const fresh = await secondBrowser(browser, user);
    await expect(fresh.getByText("Revoked guitars")).toBeVisible();
    await expect(fresh.getByText("Renamed with a revoked cookie")).toHaveCount(0);
    await fresh.context().close();
  });

  test("the account page speaks Spanish", async ({ signedInPage, browser }) => {
    const { context: spanish, page } = await newBrowserPage(browser, { locale: "es-ES" });
    await spanish.addCookies(await sessionCookies(signedInPage.context()));
    await page.goto("/projects");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Cuenta" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tu cuenta" })).toBeVisible();
    await expect(page.getByLabel("Confirma la contraseña nueva")).toBeVisible();
    await page.getByRole("button", { name: "Cerrar sesión en todas partes" }).click();
    await expect(page.getByRole("dialog", { name: "¿Cerrar sesión en todos los dispositivos?" })).toBeVisible();
    await spanish.close();
  });
});
