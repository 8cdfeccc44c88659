import { linkIn, startSmtpInbox, type SmtpInbox } from "../lib/testing/smtp-inbox";
import { expectNoA11yViolations } from "./axe";
import { openFaultDatabase, startAppServer, type AppServer, type FaultDatabase } from "./support/app-server";
import { expect, makeUser, newBrowserPage, signIn, signUp, submitSignIn, test } from "./support/fixtures";
import { formHydrated } from "./support/hydration";

// The main server of the run has no SMTP_URL: these pages must say so instead of pretending.
test.describe("without a mail server", () => {
  test("the forgot-password page says email is not configured, and bad links say what to do", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole("heading", { name: "Email is not configured on this server" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Email me a reset link" })).toHaveCount(0);
    await expectNoA11yViolations(page);

    await page.goto("/reset-password/no-such-token");
    await expect(page.getByRole("heading", { name: "This reset link does not work" })).toBeVisible();
    await page.getByRole("link", { name: "Ask for a new link" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);

    await page.goto("/confirm-email/no-such-token");
    await expect(page.getByRole("heading", { name: "This confirmation link does not work" })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("the account page says a new address cannot be confirmed", async ({ signedInPage: page }) => {
    await page.goto("/account");
    const section = page.getByRole("region", { name: "Email address" });
    await expect(section.getByRole("status")).toContainText("Email is not configured on this server");
    await expect(section.getByLabel("New email address")).toHaveCount(0);
  });
});

// A second server of the same build, with SMTP_URL pointing at a real SMTP server this file starts.
test.describe("with a mail server", () => {
  test.describe.configure({ mode: "serial" });
  let inbox: SmtpInbox;
  let database: FaultDatabase;
  let app: AppServer;

  test.beforeAll(async () => {
    inbox = await startSmtpInbox();
    database = await openFaultDatabase();
    app = await startAppServer({ databaseUrl: database.url, env: { SMTP_URL: inbox.url } });
  });

  test.afterAll(async () => {
    await app?.stop();
    await database?.close();
    await inbox?.close();
  });

  const mailTo = async (address: string, subject: string) => {
    await expect.poll(() => inbox.to(address).filter((m) => m.subject === subject).length).toBe(1);
    return inbox.to(address).find((m) => m.subject === subject);
  };

  test("a forgotten password is reset from the emailed link, once, and other sessions end", async ({ browser }) => {
    const user = makeUser("reset");
    const before = await newBrowserPage(browser, { baseURL: app.baseURL });
    await signUp(before.page, user);

    const { page } = await newBrowserPage(browser, { baseURL: app.baseURL });
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    // A submit before hydration would skip the form's own checks and post to the server.
    await formHydrated(page);
    await page.getByLabel("Email").fill("not an address");
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByText("Enter an email address such as name@example.com.")).toBeVisible();
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByText(`If an account exists for ${user.email}`)).toBeVisible();
    await expectNoA11yViolations(page);

    const link = linkIn(await mailTo(user.email, "Reset your Perfila password"), `${app.baseURL}/reset-password/`);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("Confirm new password").fill("a different one");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByText("The two new passwords do not match.")).toBeVisible();
    await page.getByLabel("Confirm new password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page).toHaveURL(/\/account\?password=changed$/);
    await expect(page.getByText("Your password is changed.")).toBeVisible();

    // The browser that was signed in before the reset is signed out.
    await before.page.goto("/projects");
    await expect(before.page).toHaveURL(/\/sign-in/);

    const { page: later } = await newBrowserPage(browser, { baseURL: app.baseURL });
    await later.goto(link);
    await expect(later.getByRole("heading", { name: "This reset link was already used" })).toBeVisible();
    await later.goto("/sign-in");
    await submitSignIn(later, user.email, user.password);
    await expect(later.getByText("The email or password is not right.")).toBeVisible();
    await signIn(later, { ...user, password: "a brand new passphrase" });
  });

  test("a new email address is confirmed from the link sent to it, and the old one is told", async ({ browser }) => {
    const user = makeUser("move");
    const newEmail = `moved-${user.email}`;
    const { page } = await newBrowserPage(browser, { baseURL: app.baseURL });
    await signUp(page, user);
    await page.goto("/account");
    const section = page.getByRole("region", { name: "Email address" });
    await section.getByLabel("New email address").fill(newEmail);
    await section.getByLabel("Current password").fill("not my password");
    await section.getByRole("button", { name: "Send confirmation link" }).click();
    await expect(section.getByText("This is not your current password.")).toBeVisible();
    await expect(section.getByLabel("New email address")).toHaveValue(newEmail);
    await section.getByLabel("Current password").fill(user.password);
    await section.getByRole("button", { name: "Send confirmation link" }).click();
    await expect(section.getByRole("status")).toContainText(`We sent a link to ${newEmail}`);
    await expectNoA11yViolations(page);

    const link = linkIn(await mailTo(newEmail, "Confirm your new Perfila email address"), `${app.baseURL}/confirm-email/`);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Confirm your new email address" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Use this address" }).click();
    await expect(page).toHaveURL(/\/sign-in\?email=changed$/);
    await expect(page.getByText("Your email address is changed. Sign in with the new one.")).toBeVisible();

    const notice = await mailTo(user.email, "Your Perfila email address was changed");
    expect(notice?.text).toContain("m•••@example.test");
    await signIn(page, { ...user, email: newEmail });
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This confirmation link no longer works" })).toBeVisible();
  });
});
