import { expectNoA11yViolations } from "./axe";
import { expect, test } from "./support/fixtures";
import { PersonasStep } from "./support/personas-step";
import { createPersonas, createProjectWithOfferings } from "./support/seed-project";

const OFFERING = "Guitars for schools";
const BUYER = { offering: OFFERING, name: "Elena, head of the music school" };
const COMMITTEE = ["Owner — signs off the budget", "Guitar teachers — test the instruments"];

test.describe("step 4: a persona who buys for a company", () => {
  test("the guitar shop describes a music school's buyer and its committee, and the plan says so", async ({ signedInPage: page }) => {
    // Sign-up, a persona typed, axe, a reload and the plan page.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const projectId = await createProjectWithOfferings(page, "Guitarras Lorca", [OFFERING]);
    await createPersonas(page, projectId, [BUYER]);
    const step = new PersonasStep(page);
    const editor = await step.open(OFFERING, BUYER.name);
    await step.section(editor, "1. Who they are");

    const toggle = editor.getByRole("checkbox", { name: "This persona buys for a company" });
    await expect(editor.getByLabel(/^Industry/)).toHaveCount(0);
    await toggle.check();
    await editor.getByLabel(/^Industry/).fill("Music education");
    await editor.getByLabel(/^Company size/).selectOption({ label: "10–49 people" });
    await editor.getByLabel(/^Job title/).fill("Head of the music school");
    await editor.getByLabel(/^Buying committee/).fill(COMMITTEE.join("\n"));

    // Unticking would lose what was written: it asks first (so the box stays ticked meanwhile,
    // and a click rather than uncheck()), and Cancel keeps everything.
    await toggle.click();
    const dialog = page.getByRole("dialog", { name: `Stop treating ${BUYER.name} as a company buyer?` });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(toggle).toBeChecked();
    await expect(editor.getByLabel(/^Industry/)).toHaveValue("Music education");
    await step.save();
    await expectNoA11yViolations(page);

    await page.reload();
    const reloaded = step.editor(OFFERING, BUYER.name);
    await expect(reloaded.getByRole("checkbox", { name: "This persona buys for a company" })).toBeChecked();
    await expect(reloaded.getByLabel(/^Industry/)).toHaveValue("Music education");
    await expect(reloaded.getByLabel(/^Company size/)).toHaveValue("10_49");
    await expect(reloaded.getByLabel(/^Job title/)).toHaveValue("Head of the music school");
    await expect(reloaded.getByLabel(/^Buying committee/)).toHaveValue(COMMITTEE.join("\n"));
    await expectNoA11yViolations(page);

    await page.goto(`/projects/${projectId}/plan`);
    const card = page.getByRole("article", { name: BUYER.name });
    await expect(card).toContainText("Buys for a company: Music education · 10–49 people · Head of the music school");
    for (const line of COMMITTEE) await expect(card.getByRole("listitem").filter({ hasText: line })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
