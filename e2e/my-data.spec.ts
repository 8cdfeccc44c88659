import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { createProject, expect, newBrowserPage, submitSignIn, test } from "./support/fixtures";
import { inviteAndJoin } from "./support/members";

const dataSection = (page: Page) => page.getByRole("region", { name: "Your data" });
const deleteSection = (page: Page) => page.getByRole("region", { name: "Delete account" });
const commentsPanel = (page: Page) => page.getByRole("region", { name: /^Comments/ });

test.describe("my data", () => {
  test("downloads the account's data as a JSON file holding the user's project", async ({ signedIn: { page, user } }) => {
    const projectId = await createProject(page, "Pan de Vega", "Sourdough from a village oven");
    await page.goto("/account");
    await expectNoA11yViolations(page);

    const downloading = page.waitForEvent("download");
    await dataSection(page).getByRole("link", { name: "Download my data (JSON)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^perfila-account-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path())!, "utf8");
    const data = JSON.parse(text) as {
      profile: { email: string; name: string };
      projects: { id: string; role: string; plan: { project: { name: string; description: string } } }[];
    };
    expect(data.profile).toMatchObject({ email: user.email, name: user.name });
    expect(data.projects).toMatchObject([
      { id: projectId, role: "owner", plan: { project: { name: "Pan de Vega", description: "Sourdough from a village oven" } } },
    ]);
    expect(text).not.toMatch(/passwordHash|argon2/);
  });

  test("a shared owned project blocks the deletion until handed over; then the account goes and its comment stays", async ({
    signedIn: { page, user },
    browser,
  }) => {
    const projectId = await createProject(page, "Taller Ruiz", "Bicycle repairs");
    const editor = await inviteAndJoin(browser, page, projectId, "Editor");

    // The owner leaves a comment on step 1 for the editor.
    await page.goto(`/projects/${projectId}/offerings`);
    await commentsPanel(page).getByLabel("Comment", { exact: true }).fill("Do we list tyre fitting as its own offering?");
    await commentsPanel(page).getByRole("button", { name: "Add comment" }).click();
    await expect(commentsPanel(page).getByRole("article", { name: `Comment by ${user.name}` })).toBeVisible();

    // The shared project blocks the deletion, with the way to hand it over.
    await page.goto("/account");
    const danger = deleteSection(page);
    await expect(danger.getByRole("listitem").filter({ hasText: "Taller Ruiz" })).toContainText("1 other member");
    await expect(danger.getByRole("button", { name: "Delete my account…" })).toHaveCount(0);
    await danger.getByRole("link", { name: "Hand over Taller Ruiz" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/members$`));
    await page.getByRole("button", { name: `Make owner ${editor.person.name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Transfer ownership" }).click();
    await expect(page.getByRole("row", { name: new RegExp(editor.person.name) })).toContainText("Owner");

    // Nothing blocks now: the dialog asks for the password and the typed-out email.
    await page.goto("/account");
    await expect(danger.getByText("You own no projects, so only your account goes.")).toBeVisible();
    await danger.getByRole("button", { name: "Delete my account…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete your account for good?" });
    await expectNoA11yViolations(page);
    await dialog.getByLabel("Your password").fill(user.password);
    const confirmation = dialog.getByLabel(`Type your email address, ${user.email}, to confirm`);
    await confirmation.fill(`not-${user.email}`);
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await expect(confirmation).toHaveAccessibleDescription("Type your email address exactly as shown to confirm.");
    // Refused: the account is still there, and the form keeps what was typed.
    await expect(dialog.getByLabel("Your password")).toHaveValue(user.password);
    await confirmation.fill(user.email.toUpperCase());
    await dialog.getByRole("button", { name: "Delete my account" }).click();

    await expect(page).toHaveURL(/\/\?account=deleted$/);
    await expect(page.getByRole("status").filter({ hasText: "Your account has been deleted" })).toBeVisible();
    await page.goto("/projects");
    await expect(page).toHaveURL(/\/sign-in/);

    // The account cannot sign in again.
    const { context, page: again } = await newBrowserPage(browser);
    await again.goto("/sign-in");
    await submitSignIn(again, user.email, user.password);
    await expect(again.getByRole("main").getByRole("alert")).toHaveText("The email or password is not right. Check both and try again.");
    await context.close();

    // The new owner still reads the comment, from a former member.
    await editor.page.goto(`/projects/${projectId}/offerings`);
    const thread = commentsPanel(editor.page).getByRole("article", { name: "Comment by Former member" });
    await expect(thread).toContainText("Do we list tyre fitting as its own offering?");
    await expect(thread).toContainText("Former member,");
    await editor.context.close();
  });
});
