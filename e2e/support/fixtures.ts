import { randomUUID } from "node:crypto";
import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";

export interface TestUser {
  name: string;
  email: string;
  password: string;
}

export function makeUser(prefix = "owner"): TestUser {
  const id = randomUUID().slice(0, 8);
  return { name: `${prefix} ${id}`, email: `${prefix}-${id}@example.test`, password: "a long enough passphrase" };
}

/** A browser of someone else's (or another device), in English unless `options` say otherwise. */
export async function newBrowserPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "en-US", ...options });
  return { context, page: await context.newPage() };
}

/** Fills the English sign-up form the page shows and sends it. */
export async function submitSignUp(page: Page, user: TestUser): Promise<void> {
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Fills the English sign-in form the page shows and sends it; what follows is the caller's to check. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs a fresh user up through the English form; the page ends on the dashboard. */
export async function signUp(page: Page, user: TestUser): Promise<void> {
  await page.goto("/sign-up");
  await submitSignUp(page, user);
  await expect(page).toHaveURL(/\/projects$/);
}

/** Signs an existing user in through the English form; the page ends on the dashboard. */
export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto("/sign-in");
  await submitSignIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/projects$/);
}

/** Creates a project from the dashboard and returns its id; the page ends on step 1. */
export async function createProject(page: Page, name: string, description = ""): Promise<string> {
  await page.goto("/projects");
  await page.getByLabel("Business name").fill(name);
  if (description) await page.getByLabel(/One-line description/).fill(description);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/offerings$/);
  return /\/projects\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
}

/**
 * A fresh user, signed up in a browser context of its own on the server at `baseURL`,
 * with one new project open on step 1.
 */
export async function newUserWithProject(browser: Browser, baseURL: string, projectName: string, prefix = "owner") {
  const { context, page } = await newBrowserPage(browser, { baseURL });
  await signUp(page, makeUser(prefix));
  const projectId = await createProject(page, projectName);
  return { context, page, projectId };
}

interface Fixtures {
  /** The test's own page, signed up as a fresh user and left on the dashboard, with that user. */
  signedIn: { page: Page; user: TestUser };
  /** The test's page, signed in: for a test that needs a session but not the user's details. */
  signedInPage: Page;
  /** Who the test's page is signed in as; asking for it signs the page in. */
  user: TestUser;
}

// Every test runs in English unless it says otherwise; a fresh user per test keeps them
// independent of each other and of the order they run in. `signedInPage` and `user` read
// one sign-up, so a test may ask for either or both.
export const test = base.extend<Fixtures>({
  locale: "en-US",
  signedIn: async ({ page }, use) => {
    const user = makeUser();
    await signUp(page, user);
    await use({ page, user });
  },
  signedInPage: async ({ signedIn }, use) => use(signedIn.page),
  user: async ({ signedIn }, use) => use(signedIn.user),
});

export { expect };
