import { mkdirSync } from "node:fs";
import path from "node:path";
import { expectNoA11yViolations } from "./axe";
import { expect, test } from "./support/fixtures";
import { inviteAndJoin } from "./support/members";
import { createProjectWithPersona } from "./support/seed-project";

const OFFERING = "Handmade guitars";
const PERSONA = "Ana, first guitar";
const NO_COMPETITORS = "No competitors are listed.";
const REASON = "We are the only luthier in town; we watch music schools instead.";
// Where the screenshots are collected; SHOTS_DIR moves them.
const SHOTS = process.env.SHOTS_DIR ?? "/work/shots";

test("the coach reviews a half-done plan; a finding dismissed with a reason reaches the mentor, and comes back", async ({
  signedInPage: owner,
  user,
  browser,
}) => {
  test.setTimeout(180_000);
  const projectId = await createProjectWithPersona(owner, "Lutería del coach", { offering: OFFERING, name: PERSONA });

  // 1. The project's navigation leads to the coach: a score, its parts, and findings with their reasons.
  await owner.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Coach" }).click();
  await expect(owner).toHaveURL(new RegExp(`/projects/${projectId}/coach$`));
  await expect(owner.getByRole("heading", { level: 1, name: "Coach" })).toBeVisible();
  const score = owner.getByRole("region", { name: "Plan score" });
  await expect(score).toContainText(/^Plan score\s*\d{1,2} out of 100/);
  await expect(score.getByRole("listitem").filter({ hasText: "Buyer personas" })).toContainText(/points? to improve/);
  const findings = owner.getByRole("region", { name: "What to improve" });
  const noPains = findings.getByRole("listitem").filter({ hasText: `${PERSONA} has no pains or no gains.` });
  await expect(noPains).toContainText("Why it matters: Pains and gains are half of the customer profile.");
  await expect(findings.getByText(`"${OFFERING}" has no objective.`)).toBeVisible();
  await expectNoA11yViolations(owner);
  mkdirSync(SHOTS, { recursive: true });
  await owner.screenshot({ path: path.join(SHOTS, "coach-half.png"), fullPage: true });

  // 2. "Fix it" opens the persona at the part of step 4 where the pains are written.
  await noPains.getByRole("link", { name: `Fix it: ${PERSONA} has no pains or no gains.` }).click();
  await expect(owner).toHaveURL(/\/personas\?persona=[0-9a-f-]{36}&section=wants#personas-0-pains$/);
  await expect(owner.getByLabel(/^Pains/).first()).toBeVisible();

  // 3. Dismissing asks for a real reason, then for a confirmation.
  await owner.goto(`/projects/${projectId}/coach`);
  await owner.getByRole("button", { name: `Dismiss: ${NO_COMPETITORS}` }).click();
  const form = owner.getByRole("form", { name: `Dismiss: ${NO_COMPETITORS}` });
  await form.getByLabel("Why this does not apply").fill("ok");
  await form.getByRole("button", { name: "Dismiss finding" }).click();
  await expect(form.getByText("At least 3 characters: a few words on why.")).toBeVisible();
  await form.getByLabel("Why this does not apply").fill(REASON);
  await form.getByRole("button", { name: "Dismiss finding" }).click();
  const dialog = owner.getByRole("dialog", { name: "Dismiss this finding?" });
  await dialog.getByRole("button", { name: "Dismiss", exact: true }).click();
  const dismissed = owner.getByRole("region", { name: "Dismissed" });
  await expect(dismissed).toContainText(`Reason: ${REASON}`);
  await expect(dismissed).toContainText(`Dismissed by ${user.name} on`);
  await expect(findings.getByText(NO_COMPETITORS)).toHaveCount(0);

  // 4. A mentor who joins lands on the coach and reads the reason, without the means to change it.
  const mentor = await inviteAndJoin(browser, owner, projectId, "Mentor");
  try {
    const m = mentor.page;
    await expect(m).toHaveURL(new RegExp(`/projects/${projectId}/coach$`));
    await expect(m.getByText("You are reviewing this plan: start from the findings below")).toBeVisible();
    const seen = m.getByRole("region", { name: "Dismissed" });
    await expect(seen).toContainText(`Reason: ${REASON}`);
    await expect(m.getByRole("button", { name: /^(Dismiss|Bring back)/ })).toHaveCount(0);
    await expectNoA11yViolations(m);
  } finally {
    await mentor.context.close();
  }

  // 5. The owner brings the finding back after a confirmation; the coach counts it again.
  await owner.goto(`/projects/${projectId}/coach`);
  await owner.getByRole("button", { name: `Bring back: ${NO_COMPETITORS}` }).click();
  await owner.getByRole("dialog", { name: "Bring this finding back?" }).getByRole("button", { name: "Bring back" }).click();
  await expect(owner.getByRole("region", { name: "Dismissed" })).toHaveCount(0);
  await expect(findings.getByText(NO_COMPETITORS)).toBeVisible();
});
