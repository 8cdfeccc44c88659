import { expectNoA11yViolations } from "./axe";
import { createProject, expect, test } from "./support/fixtures";

test.describe("dashboard", () => {
  test("a new user sees what to do in both sections, and a created project lands under their own", async ({ page, user }) => {
    expect(user.name).toBeTruthy();
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
});
