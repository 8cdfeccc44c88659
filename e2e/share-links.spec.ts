import path from "node:path";
import { expectNoA11yViolations } from "./axe";
import { expect, makeUser, newBrowserPage, signUp, test } from "./support/fixtures";
import { inviteAndJoin } from "./support/members";
import { createProjectWithOfferings } from "./support/seed-project";
import { callAction, cookieHeader, readActionEndpoints } from "./support/server-actions";

const root = path.resolve(__dirname, "..");
const COMMENT = "Only for the team: the price list is not final";

test.describe("read-only share links", () => {
  test("the owner shares the plan by link, someone without an account reads it without comments, and a revoked link stops working", async ({
    browser,
    baseURL,
  }) => {
    // Two browsers, a comment, an invitation and five accessibility scans: slow on a busy machine.
    test.setTimeout(180_000);
    const owner = await newBrowserPage(browser);
    await owner.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const ownerUser = makeUser("owner");
    await signUp(owner.page, ownerUser);
    const projectId = await createProjectWithOfferings(owner.page, "Guitar workshop", ["Handmade guitars"], "Guitars made to order");
    const addComment = readActionEndpoints(root).get("lib/actions/comments.ts#addCommentAction")!;
    const commented = await callAction(baseURL!, await cookieHeader(owner.context), addComment, projectId, [
      projectId,
      { step: 1, about: "", body: COMMENT },
    ]);
    expect(commented.result).toMatchObject({ ok: true });

    await owner.page.goto(`/projects/${projectId}/members`);
    const section = owner.page.getByRole("region", { name: "Read-only links" });
    await expect(section.getByText("No links yet.")).toBeVisible();
    await expectNoA11yViolations(owner.page);

    // Bad input gets a message on each field and creates nothing.
    const days = section.getByLabel("Works for how many days");
    await days.fill("120");
    await section.getByRole("button", { name: "Create link" }).click();
    await expect(section.getByText("Fill in this field.")).toBeVisible();
    await expect(section.getByText("This number is outside the allowed range.")).toBeVisible();
    await expect(days).toHaveValue("120");
    await expect(section.getByText("No links yet.")).toBeVisible();

    await section.getByLabel("Who it is for").fill("Client: Ana");
    await days.fill("14");
    await section.getByRole("button", { name: "Create link" }).click();
    const shown = section.getByLabel("Read-only link for Client: Ana");
    await expect(shown).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
    const link = await shown.inputValue();
    await section.getByRole("button", { name: "Copy link" }).click();
    await expect(section.getByText("Link copied.")).toBeVisible();
    expect(await owner.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const row = section.getByRole("row", { name: /Client: Ana/ });
    await expect(row).toContainText("Active");
    await expect(row).toContainText("Not yet");
    await expectNoA11yViolations(owner.page);

    // Someone without an account reads the plan, and nothing there writes or leads into the wizard.
    const guest = await newBrowserPage(browser);
    const response = await guest.page.goto(link);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    await expect(guest.page.getByRole("heading", { level: 1, name: "Guitar workshop" })).toBeVisible();
    await expect(guest.page.getByText(`Read-only view shared by ${ownerUser.name}.`)).toBeVisible();
    await expect(guest.page.getByRole("main").getByText("Handmade guitars").first()).toBeVisible();
    await expect(guest.page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(guest.page.getByText(COMMENT)).toHaveCount(0);
    expect(await guest.page.content()).not.toContain(COMMENT);
    await expect(guest.page.locator("form")).toHaveCount(0);
    await expect(guest.page.locator(`a[href*="/projects/"]`)).toHaveCount(0);
    await expectNoA11yViolations(guest.page);

    await owner.page.reload();
    await expect(row).not.toContainText("Not yet");

    // Revoking asks first; the link then answers that it no longer works.
    await row.getByRole("button", { name: "Revoke Client: Ana" }).click();
    const confirm = owner.page.getByRole("dialog", { name: "Revoke the link for “Client: Ana”?" });
    await expect(confirm).toContainText("can no longer open the plan");
    await confirm.getByRole("button", { name: "Revoke link" }).click();
    await expect(row).toContainText("Revoked");
    await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
    await expectNoA11yViolations(owner.page);

    const gone = await guest.page.reload();
    expect(gone?.status()).toBe(404);
    await expect(guest.page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
    await expect(guest.page.getByText("Guitar workshop")).toHaveCount(0);
    await expectNoA11yViolations(guest.page);

    // Links are the owner's call: an editor's members page does not show them.
    const editor = await inviteAndJoin(browser, owner.page, projectId, "Editor");
    await editor.page.goto(`/projects/${projectId}/members`);
    await expect(editor.page.getByRole("region", { name: "People on this project" })).toBeVisible();
    await expect(editor.page.getByRole("region", { name: "Read-only links" })).toHaveCount(0);
    await expect(editor.page.getByText("Client: Ana")).toHaveCount(0);

    for (const { context } of [owner, guest, editor]) await context.close();
  });
});
