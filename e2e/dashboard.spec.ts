import { expectNoA11yViolations } from "./axe";
import { createProject, expect, test } from "./support/fixtures";
import { inviteAndJoin } from "./support/members";
import { OfferingsStep } from "./support/offerings-step";
import { createProjectWithOfferings } from "./support/seed-project";

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
    // A mentor opens and may copy the project, but neither renames nor deletes it.
    await expect(card.getByRole("button")).toHaveText(["Duplicate"]);
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

  test("an owner duplicates a project and lands on the copy, with every answer and a name of its own", async ({ signedInPage: page }) => {
    const originalId = await createProjectWithOfferings(page, "Luthier workshop", ["Handmade guitars", "Repairs"], "Guitars built by hand");
    await page.goto("/projects");
    const owned = page.getByRole("region", { name: "Owned by me" });
    await owned.getByRole("article", { name: "Luthier workshop" }).getByRole("button", { name: "Duplicate" }).click();
    const dialog = page.getByRole("dialog", { name: "Duplicate “Luthier workshop”" });
    await expect(dialog).toContainText("comments and reviews stay with the original");
    const name = dialog.getByLabel("Name of the copy");
    await expect(name).toHaveValue("Luthier workshop (copy)");
    await expectNoA11yViolations(page);

    // A blank name is refused on its field, and nothing is copied.
    await name.fill("   ");
    await dialog.getByRole("button", { name: "Duplicate project" }).click();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await name.fill("Luthier workshop (copy)");
    await dialog.getByRole("button", { name: "Duplicate project" }).click();

    // The copy opens where its owner would resume: the first unfinished step.
    await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/[a-z]+$/);
    const copyId = /\/projects\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    expect(copyId).not.toBe(originalId);
    const step = new OfferingsStep(page);
    await step.goto(copyId);
    await step.expectOffering(1, { name: "Handmade guitars" });
    await step.expectOffering(2, { name: "Repairs" });

    await page.goto("/projects");
    await expect(owned.getByRole("article")).toHaveCount(2);
    await expect(owned.getByRole("article", { name: "Luthier workshop (copy)" })).toContainText("Guitars built by hand");
    await expect(owned.getByRole("article", { name: "Luthier workshop", exact: true })).toBeVisible();
  });
});
