import { expectNoA11yViolations } from "./axe";
import { createProject, expect, makeUser, newBrowserPage, signUp, submitSignIn, test } from "./support/fixtures";
import { acceptInvitation, inviteMember } from "./support/members";

test.describe("members and invitations", () => {
  test("the owner invites an editor and a mentor by link, both join, a used link is refused, and the mentor is removed", async ({
    browser,
  }) => {
    const owner = await newBrowserPage(browser);
    await owner.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signUp(owner.page, makeUser("owner"));
    const projectId = await createProject(owner.page, "Guitar shop");

    await owner.page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Members" }).click();
    await expect(owner.page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    await expect(owner.page.getByText("Only you so far.")).toBeVisible();
    await expect(owner.page.getByText("No pending invitations.")).toBeVisible();
    await expectNoA11yViolations(owner.page);

    const editor = makeUser("editor");
    const mentor = makeUser("mentor");
    const editorLink = await inviteMember(owner.page, projectId, editor.email, "Editor");
    // Copy link puts exactly the shown link on the clipboard.
    await owner.page.getByRole("button", { name: "Copy link" }).click();
    await expect(owner.page.getByText("Link copied.")).toBeVisible();
    expect(await owner.page.evaluate(() => navigator.clipboard.readText())).toBe(editorLink);
    const mentorLink = await inviteMember(owner.page, projectId, mentor.email, "Mentor");
    expect(mentorLink).not.toBe(editorLink);
    await expect(owner.page.getByRole("region", { name: "Pending invitations" }).getByRole("listitem")).toHaveCount(2);
    await expectNoA11yViolations(owner.page);

    // Signed out, the invitation names the project and the role, and offers both ways in.
    const invitedEditor = await newBrowserPage(browser);
    await invitedEditor.page.goto(editorLink);
    await expect(invitedEditor.page.getByRole("heading", { name: "You are invited to “Guitar shop”" })).toBeVisible();
    await expect(invitedEditor.page.getByText("You would join as an editor")).toBeVisible();
    await expectNoA11yViolations(invitedEditor.page);
    expect(await acceptInvitation(invitedEditor.page, editorLink, editor, { signUp: true })).toBe(projectId);

    const invitedMentor = await newBrowserPage(browser);
    expect(await acceptInvitation(invitedMentor.page, mentorLink, mentor, { signUp: true })).toBe(projectId);

    // A link works once: opened again, even by the person who used it, it says so.
    await invitedEditor.page.goto(editorLink);
    await expect(invitedEditor.page.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();
    await expect(invitedEditor.page.getByText("Ask the owner of the project for a new link.")).toBeVisible();
    await expect(invitedEditor.page.getByRole("button", { name: "Accept and join" })).toHaveCount(0);
    await expectNoA11yViolations(invitedEditor.page);

    await owner.page.goto(`/projects/${projectId}/members`);
    const people = owner.page.getByRole("region", { name: "People on this project" });
    await expect(people.getByRole("combobox", { name: `Role of ${editor.name}` })).toHaveValue("editor");
    await expect(people.getByRole("combobox", { name: `Role of ${mentor.name}` })).toHaveValue("mentor");
    await expect(people.getByRole("row", { name: new RegExp(editor.name) })).toContainText(editor.email);
    await expect(owner.page.getByText("No pending invitations.")).toBeVisible();
    await expectNoA11yViolations(owner.page);

    // The editor sees the same people read-only, and may leave.
    await invitedEditor.page.goto(`/projects/${projectId}/members`);
    const editorView = invitedEditor.page.getByRole("region", { name: "People on this project" });
    await expect(editorView.getByRole("row", { name: new RegExp(mentor.name) })).toContainText("Mentor");
    await expect(editorView.getByRole("combobox")).toHaveCount(0);
    await expect(invitedEditor.page.getByRole("region", { name: "Invite someone" })).toHaveCount(0);
    await expect(invitedEditor.page.getByRole("button", { name: "Leave project" })).toBeVisible();
    await expectNoA11yViolations(invitedEditor.page);

    // Removing asks first, and says the mentor's comments stay.
    await people.getByRole("button", { name: `Remove ${mentor.name}` }).click();
    const confirm = owner.page.getByRole("dialog", { name: `Remove ${mentor.name} from the project?` });
    await expect(confirm).toContainText("Their comments stay");
    await expectNoA11yViolations(owner.page);
    await confirm.getByRole("button", { name: "Remove member" }).click();
    await expect(people.getByRole("row", { name: new RegExp(mentor.name) })).toHaveCount(0);
    const gone = await invitedMentor.page.goto(`/projects/${projectId}/offerings`);
    expect(gone?.status()).toBe(404);

    for (const { context } of [owner, invitedEditor, invitedMentor]) await context.close();
  });

  test("a link for another address is refused without showing it, and sign-in ignores a next that leaves the site", async ({ browser }) => {
    const owner = await newBrowserPage(browser);
    await signUp(owner.page, makeUser("owner"));
    const projectId = await createProject(owner.page, "Bakery");
    const invited = makeUser("invited");
    const link = await inviteMember(owner.page, projectId, invited.email, "Mentor");

    const other = await newBrowserPage(browser);
    const someoneElse = makeUser("other");
    await signUp(other.page, someoneElse);
    await other.page.goto(link);
    await expect(other.page.getByRole("heading", { name: "This invitation is for another email address" })).toBeVisible();
    await expect(other.page.getByText("Sign in with the address the invitation was sent to")).toBeVisible();
    await expect(other.page.getByRole("main")).not.toContainText(invited.email);
    await expect(other.page.getByRole("main")).not.toContainText("Bakery");
    await expectNoA11yViolations(other.page);

    await other.page.goto("/invite/not-a-real-token");
    await expect(other.page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();

    const fresh = await newBrowserPage(browser);
    await fresh.page.goto("/sign-in?next=//evil.example/steal");
    await submitSignIn(fresh.page, someoneElse.email, someoneElse.password);
    await expect(fresh.page).toHaveURL(/localhost:\d+\/projects$/);

    for (const { context } of [owner, other, fresh]) await context.close();
  });
});
