import { expectNoA11yViolations } from "./axe";
import { createProject, expect, test } from "./support/fixtures";
import { inviteAndJoin } from "./support/members";

test.describe("dashboard", () => {
  test("a new user sees what to do in both sections, and a created project lands under their own", async ({ signedInPage: page }) => {
    const owned = page.getByRole("region", { name: "Owned by me" });
    const shared = page.getByRole("region", { name: "Shared with me" });
    await expect(owned.getByText("No projects yet")).toBeVisible();
    await expect(shared.getByText("Nothing shared with you yet")).toBeVisible();
    await expect(shared).toContainText("ask the owner for an invitation link");
    // Nothing shared, nothing to filter.
    await expect(page.getByLabel("Review status")).toHaveCount(0);
    await expectNoA11yViolations(page);

    await createProject(page, "Luthier workshop", "Guitars built by hand");
    await page.goto("/projects");
    const card = owned.getByRole("article", { name: "Luthier workshop" });
    await expect(card).toBeVisible();
    await expect(card.getByRole("group", { name: "Actions for Luthier workshop" })).toBeVisible();
    await expect(card.getByRole("progressbar", { name: "0 of 5 steps complete" })).toBeVisible();
    await expect(owned.getByText("No projects yet")).toHaveCount(0);
    await expect(shared.getByText("Nothing shared with you yet")).toBeVisible();
    await expect(shared.getByRole("article")).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test("a mentor finds the project under Shared with me, with the owner's name, and filters it by review status", async ({
    signedInPage: page,
    browser,
    user,
  }) => {
    const projectId = await createProject(page, "Shared guitars");
    const { context: mentorContext, page: mentorPage } = await inviteAndJoin(browser, page, projectId, "Mentor");
    await mentorPage.goto("/projects");

    const owned = mentorPage.getByRole("region", { name: "Owned by me" });
    const shared = mentorPage.getByRole("region", { name: "Shared with me" });
    await expect(owned.getByText("No projects yet")).toBeVisible();
    const card = shared.getByRole("article", { name: "Shared guitars" });
    await expect(card.getByRole("term")).toHaveText(["Your role", "Owner", "Review", "Open comments"]);
    await expect(card.getByRole("definition")).toHaveText(["Mentor", user.name, /Not reviewed$/, "None"]);
    await expect(card.getByRole("progressbar", { name: "0 of 5 steps complete" })).toBeVisible();
    // A mentor opens the project but neither renames nor deletes it.
    await expect(card.getByRole("button")).toHaveCount(0);
    await expect(card.getByRole("link", { name: "Shared guitars" })).toHaveAttribute("href", `/projects/${projectId}`);
    await expectNoA11yViolations(mentorPage);

    const filter = shared.getByLabel("Review status");
    await filter.selectOption({ label: "Changes requested" });
    await shared.getByRole("button", { name: "Filter" }).click();
    await expect(mentorPage).toHaveURL(/\/projects\?review=changes_requested$/);
    await expect(card).toHaveCount(0);
    await expect(shared.getByText("No shared project has the review status “Changes requested”.")).toBeVisible();
    await expect(shared.getByLabel("Review status")).toHaveValue("changes_requested");
    await expectNoA11yViolations(mentorPage);

    await shared.getByLabel("Review status").selectOption({ label: "Not reviewed" });
    await shared.getByRole("button", { name: "Filter" }).click();
    await expect(card).toBeVisible();
    // A made-up value in the URL shows everything rather than an error.
    await mentorPage.goto("/projects?review=approved");
    await expect(card).toBeVisible();
    await expect(shared.getByLabel("Review status")).toHaveValue("all");
    await mentorContext.close();
  });
});
