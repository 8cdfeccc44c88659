import { expect, test, type Page } from "@playwright/test";
import { openFaultDatabase, startAppServer, type AppServer, type FaultDatabase } from "./support/app-server";
import { makeUser, newBrowserPage, newUserWithProject, signUp, submitSignIn, type TestUser } from "./support/fixtures";
import { OfferingsStep } from "./support/offerings-step";
import { offeringRows } from "./support/step-rows";

// Two `next start` processes of one build on two ports, one PostgreSQL, the same
// AUTH_SECRET and server-action key: what the README asks of several instances.
test.describe.configure({ mode: "serial" });

let database: FaultDatabase;
let a: AppServer;
let b: AppServer;

test.beforeAll(async () => {
  database = await openFaultDatabase();
  [a, b] = await Promise.all([startAppServer({ databaseUrl: database.url }), startAppServer({ databaseUrl: database.url })]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.close();
});

test("a session made on one instance works on the other, and a save on one is seen on the other", async ({ browser }) => {
  const { context, page, projectId } = await newUserWithProject(browser, a.baseURL, "Two ovens bakery", "twoinstances");
  const onA = new OfferingsStep(page);
  await onA.addOffering({ name: "Seeded rye", definition: "Saved on A" });
  await onA.save();

  // The cookie A issued opens the project on B, which reads A's save from the shared database.
  // (Cookies belong to the host, not the port, so B gets the very cookie A set.)
  const { context: other, page: pageB } = await newBrowserPage(browser, { baseURL: b.baseURL });
  await other.addCookies(await context.cookies(a.baseURL));
  await pageB.goto(`/projects/${projectId}/offerings`);
  const onB = new OfferingsStep(pageB);
  await onB.expectOffering(1, { name: "Seeded rye", definition: "Saved on A" });

  // A save on B (through B's server action) is what A shows after a reload.
  await onB.fillOffering(1, { name: "Seeded rye", definition: "Changed on B" });
  await onB.addOffering({ name: "Spelt roll" });
  await onB.save();
  await page.reload();
  await onA.expectOffering(1, { name: "Seeded rye", definition: "Changed on B" });
  await onA.expectOffering(2, { name: "Spelt roll" });
  expect(await offeringRows(database.sql, projectId)).toMatchObject({ names: ["Seeded rye", "Spelt roll"], version: 2 });

  // Without the cookie B knows nobody: the session is the cookie, not the instance.
  const { context: stranger, page: strangerPage } = await newBrowserPage(browser, { baseURL: b.baseURL });
  await strangerPage.goto(`/projects/${projectId}/offerings`);
  await expect(strangerPage).toHaveURL(/\/sign-in/);
  await Promise.all([context.close(), other.close(), stranger.close()]);
});

async function signInAttempt(page: Page, user: TestUser, password: string): Promise<void> {
  await page.goto("/sign-in");
  await submitSignIn(page, user.email, password);
}

test("failed sign-ins on both instances add up to one lock", async ({ browser }) => {
  const user = makeUser("throttled");
  const setup = await newBrowserPage(browser, { baseURL: a.baseURL });
  await signUp(setup.page, user);
  await setup.context.close();

  const { page: onA } = await newBrowserPage(browser, { baseURL: a.baseURL });
  const { page: onB } = await newBrowserPage(browser, { baseURL: b.baseURL });
  // Five failures lock an account (lib/auth/sign-in-throttle.ts): three on A, two on B,
  // fewer than five on either.
  for (const page of [onA, onA, onA, onB, onB]) {
    await signInAttempt(page, user, "not the password");
    await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right" })).toBeVisible();
  }
  // The right password is now refused on both, since both count the same failures.
  for (const page of [onA, onB]) {
    await signInAttempt(page, user, user.password);
    await expect(page.getByRole("alert").filter({ hasText: "Too many failed attempts" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  }
  await Promise.all([onA.context().close(), onB.context().close()]);
});
