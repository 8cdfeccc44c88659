import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { expect, test } from "./support/fixtures";
import { inviteAndJoin } from "./support/members";
import { PersonasStep } from "./support/personas-step";
import { createProjectWithPersona } from "./support/seed-project";

const OFFERING = "Guitar lessons";
const PERSONA = "Weekend Walter";
const NOTE = "Walter needs at least one goal and one pain.";

const panel = (page: Page) => page.getByRole("region", { name: /^Comments/ });
const personasInStepper = (page: Page) => new PersonasStep(page).stepperLink();

test("a mentor comments on a persona and requests changes; the owner replies and resolves; the mentor marks the step reviewed", async ({
  signedInPage: page,
  user,
  browser,
}) => {
  test.setTimeout(120_000);
  const projectId = await createProjectWithPersona(page, "Lorca Guitar School", { offering: OFFERING, name: PERSONA });

  const mentor = await inviteAndJoin(browser, page, projectId, "Mentor");
  try {
    const m = mentor.page;
    await m.goto(`/projects/${projectId}/personas`);
    // A mentor's first shared project opens with how reviewing works, until they close it.
    const guide = m.getByRole("region", { name: "Welcome, mentor: how to review this plan" });
    await expect(guide).toBeVisible();
    await expectNoA11yViolations(m);
    await guide.getByRole("button", { name: "Got it, hide this" }).click();
    await expect(guide).toHaveCount(0);
    await m.reload();
    await expect(guide).toHaveCount(0);
    // A mentor reads the step but has no way to change it.
    await expect(m.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
    await expect(m.getByRole("button", { name: "Save and continue" })).toHaveCount(0);
    await expect(m.getByRole("button", { name: /Add a persona/ })).toHaveCount(0);
    await expect(m.getByRole("button", { name: /^Remove|^Move/ })).toHaveCount(0);
    const view = await new PersonasStep(m).open(OFFERING, PERSONA);
    await expect(view.getByLabel("Persona name")).not.toBeEditable();
    await expect(view.getByLabel(/^Generation/)).toBeDisabled();
    await expect(m.getByRole("status").filter({ hasText: /saved/ })).toHaveCount(0);

    const comments = panel(m);
    await comments.getByLabel("About").selectOption({ label: PERSONA });
    await comments.getByLabel("Comment", { exact: true }).fill("Who pays for the lessons, Walter or his parents?");
    await comments.getByRole("button", { name: "Add comment" }).click();
    await expect(comments.getByRole("heading", { name: `Persona: ${PERSONA}` })).toBeVisible();
    await expect(comments.getByRole("article", { name: `Comment by ${mentor.person.name}` })).toContainText("Who pays");
    await expectNoA11yViolations(m);

    const review = m.getByRole("form", { name: "Review this step" });
    await review.getByRole("button", { name: "Save review" }).click();
    await expect(review.getByText("Fill in this field.")).toBeVisible();
    await review.getByRole("radio", { name: "Changes requested" }).check();
    await review.getByRole("button", { name: "Save review" }).click();
    await expect(review.getByText("Fill in this field.")).toBeVisible();
    await review.getByLabel("Note").fill(NOTE);
    await review.getByRole("button", { name: "Save review" }).click();
    await expect(m.getByText(new RegExp(`^Changes requested by ${mentor.person.name} on .+: ${NOTE}$`))).toBeVisible();

    // The owner, elsewhere in the project, sees the count, the review and the badge.
    await page.goto(`/projects/${projectId}/offerings`);
    await expect(personasInStepper(page)).toContainText("1 open comment");
    await expect(personasInStepper(page)).toContainText("changes requested");
    const badge = page.getByRole("link", { name: "1 new comment" });
    await expect(badge).toHaveAttribute("href", `/projects/${projectId}/personas#comments`);
    await badge.click();
    await expect(page).toHaveURL(new RegExp(`/personas#comments$`));
    await expect(page.getByText(new RegExp(`^Changes requested by ${mentor.person.name} on .+: ${NOTE}$`))).toBeVisible();

    const ownerPanel = panel(page);
    const thread = ownerPanel.getByRole("article", { name: `Comment by ${mentor.person.name}` });
    await thread.getByRole("button", { name: "Reply" }).click();
    await thread.getByLabel("Your reply").fill("His parents; he chooses the teacher.");
    await thread.getByRole("button", { name: "Send reply" }).click();
    await expect(thread).toContainText(`${user.name}, `);
    await expect(thread).toContainText("His parents; he chooses the teacher.");
    // The persona's card says it is being discussed, and leads to the thread.
    const ownerCard = new PersonasStep(page).persona(OFFERING, PERSONA);
    const marker = ownerCard.getByRole("link", { name: `1 open comment about ${PERSONA}` });
    await expect(marker).toHaveText("1 comment");
    await marker.click();
    await expect(page).toHaveURL(/#comments-persona-[0-9a-f-]{36}$/);
    await expectNoA11yViolations(page);

    // The owner changes the step, then says it is ready for another look.
    const ownerPersonas = new PersonasStep(page);
    const ownerEditor = await ownerPersonas.open(OFFERING, PERSONA);
    await ownerPersonas.fill(ownerEditor, { decisionRoles: ["Influencer"] });
    await ownerPersonas.save();
    const ready = page.getByRole("form", { name: "Made the changes?" });
    await ready.getByLabel("Note for the mentor (optional)").fill("Added his parents as influencers.");
    await ready.getByRole("button", { name: "Mark ready for another look" }).click();
    await expect(ready.getByText("The mentor has been told.")).toBeVisible();
    await expect(
      page.getByText(new RegExp(`^${user.name} marked this step ready for another look on .+: Added his parents`)),
    ).toBeVisible();
    await expect(personasInStepper(page)).toContainText("ready for another look");
    await expect(personasInStepper(page)).not.toContainText("Complete");
    await expect(page.getByRole("link", { name: /^Notifications/ })).toHaveAccessibleName("Notifications");

    // The mentor hears of it once (the save and the "ready" are one notification), and finds the item.
    await m.goto("/projects");
    const bell = m.getByRole("link", { name: "Notifications, 1 unread" });
    await bell.click();
    await expect(m.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(m.getByText(`${user.name} marked “Buyer personas” in Lorca Guitar School ready for another look`)).toBeVisible();
    await expect(m.getByText(/^2 changes · /)).toBeVisible();
    await expect(m.getByText("Note: Added his parents as influencers.")).toBeVisible();
    await expectNoA11yViolations(m);
    await m.getByRole("link", { name: "Open “Buyer personas” in Lorca Guitar School" }).click();
    await expect(
      new PersonasStep(m).persona(OFFERING, PERSONA).getByRole("link", { name: `1 open comment about ${PERSONA}` }),
    ).toBeVisible();
    await m.goto("/notifications");
    await m.getByRole("button", { name: "Mark “Buyer personas” in Lorca Guitar School as read" }).click();
    await expect(m.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
    // Seen once the panel was on screen: the badge is gone.
    await expect(page.getByRole("link", { name: /new comment/ })).toHaveCount(0);

    await thread.getByRole("button", { name: "Resolve" }).click();
    const resolved = ownerPanel.getByText("1 resolved thread");
    await expect(resolved).toBeVisible();
    await expect(ownerPanel.getByText("No open comments on this step.")).toBeVisible();
    await expect(personasInStepper(page)).not.toContainText("open comment");
    await resolved.click();
    await expect(ownerPanel.getByText(`Resolved by ${user.name} on`)).toBeVisible();
    await expectNoA11yViolations(page);

    // The mentor last stood on the notifications page: back to the step to close the review.
    await m.goto(`/projects/${projectId}/personas`);
    await review.getByRole("radio", { name: "Reviewed", exact: true }).check();
    await review.getByLabel("Note").fill("");
    await review.getByRole("button", { name: "Save review" }).click();
    await expect(m.getByText(new RegExp(`^Reviewed by ${mentor.person.name} on .+\\.$`))).toBeVisible();

    await page.reload();
    await expect(page.getByText(new RegExp(`^Reviewed by ${mentor.person.name} on`))).toBeVisible();
    await expect(personasInStepper(page)).toContainText("reviewed");
    await expect(personasInStepper(page)).not.toContainText("changes requested");
    // Only the mentor reviews.
    await expect(page.getByRole("form", { name: "Review this step" })).toHaveCount(0);
  } finally {
    await mentor.context.close();
  }
});
