import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { expect, test } from "./support/fixtures";
import { startingWith } from "./support/form-fields";
import { PersonasStep } from "./support/personas-step";
import { createPersonas, createProjectWithOfferings } from "./support/seed-project";

const OFFERING = "Custom guitars";
const LUCIA = {
  offering: OFFERING,
  name: "Lucía, the returning customer",
  jobs: ["Order a guitar built for her"],
  pains: ["Long waits for a custom build"],
  gains: ["A guitar made for my hands"],
};
const MARCOS = { offering: OFFERING, name: "Marcos, the beginner" };
const CHECK = "Do beginners order custom guitars too?";

/** axe on the page as it is, at desktop width and at 390 px. */
async function expectAccessibleAtBothWidths(page: Page): Promise<void> {
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });
}

const evidence = (editor: Locator, kind: string) =>
  editor.getByRole("group", { name: "Where the evidence comes from" }).getByRole("checkbox", { name: startingWith(kind) });

test.describe("step 4: every persona is a hypothesis until evidence validates it", () => {
  test("the guitar shop validates Lucía with interviews and customer data, plans a check, and the plan says so", async ({
    signedInPage: page,
  }) => {
    // Sign-up, two personas typed, axe twice at two widths, a reload and the plan page.
    test.setTimeout(240_000);
    const projectId = await createProjectWithOfferings(page, "Guitarras Lorca", [OFFERING]);
    await createPersonas(page, projectId, [LUCIA, MARCOS]);
    const step = new PersonasStep(page);
    await step.backToList();
    await expect(step.persona(OFFERING, LUCIA.name)).toContainText("Hypothesis");

    // Walking the journey makes "Walking the journey" a suggestion, never a tick.
    const editor = await step.open(OFFERING, LUCIA.name);
    await step.section(editor, "4. Customer journey");
    await editor.getByLabel(/^Walked on/).fill("2026-11-20");
    await step.section(editor, "7. Evidence");
    await expect(editor.getByText("Hypothesis", { exact: true })).toBeVisible();
    await editor.getByText("What a hypothesis is here, and why to check it").click();
    await expect(editor.getByText(/phones five customers who ordered one last year/)).toBeVisible();
    await expect(editor.getByText(/You walked this persona's journey on November 20, 2026/)).toBeVisible();
    await expect(evidence(editor, "Walking the journey")).not.toBeChecked();

    // Validated needs a source and a confidence, each said next to its field.
    await editor.getByRole("radio", { name: "Validated: evidence backs it" }).check();
    await expect(editor.getByText("Tick at least one kind of evidence, or keep the persona as a hypothesis.")).toBeVisible();
    await evidence(editor, "Interviews").check();
    await evidence(editor, "Customer data").check();
    await editor.getByLabel("How confident the evidence makes you").selectOption({ label: "High" });
    await editor.getByLabel(/^What the evidence showed/).fill("Four of the five customers we phoned almost gave up during the wait.");
    await editor.getByRole("group", { name: "Pains" }).getByRole("checkbox", { name: LUCIA.pains[0] }).check();
    await expect(editor.getByText("Validated · confidence: high")).toBeVisible();

    // The plan: a blank row goes without a question, one with something written asks first.
    const add = editor.getByRole("button", { name: "+ Add something to check" });
    await add.click();
    await editor.getByRole("button", { name: "Remove check 1" }).click();
    await expect(editor.getByRole("group", { name: "Check 1" })).toHaveCount(0);
    await add.click();
    const check = editor.getByRole("group", { name: "Check 1" });
    await check.getByLabel(/^What to check/).fill(CHECK);
    await check.getByLabel(/^How/).fill("Two questions at the till for a month");
    await check.getByLabel(/^Who/).fill("Marta");
    await check.getByLabel(/^By when/).fill("2027-01-15");
    await editor.getByRole("button", { name: "Remove check 1" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove check 1?" });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(check.getByLabel(/^What to check/)).toHaveValue(CHECK);
    await step.save();
    await expectAccessibleAtBothWidths(page);

    await page.reload();
    const reloaded = step.editor(OFFERING, LUCIA.name);
    await expect(reloaded.getByText("Validated · confidence: high")).toBeVisible();
    await expect(reloaded.getByRole("radio", { name: "Validated: evidence backs it" })).toBeChecked();
    await expect(evidence(reloaded, "Interviews")).toBeChecked();
    await expect(evidence(reloaded, "Customer data")).toBeChecked();
    await expect(evidence(reloaded, "Walking the journey")).not.toBeChecked();
    await expect(reloaded.getByLabel("How confident the evidence makes you")).toHaveValue("high");
    await expect(reloaded.getByRole("group", { name: "Pains" }).getByRole("checkbox", { name: LUCIA.pains[0] })).toBeChecked();
    await expect(reloaded.getByRole("group", { name: "Check 1" }).getByLabel(/^What to check/)).toHaveValue(CHECK);
    await expect(reloaded.getByRole("group", { name: "Check 1" }).getByLabel(/^By when/)).toHaveValue("2027-01-15");
    await expectAccessibleAtBothWidths(page);

    await step.backToList();
    await expect(step.persona(OFFERING, LUCIA.name)).toContainText("Validated · confidence: high");
    await expect(step.persona(OFFERING, MARCOS.name)).toContainText("Hypothesis");

    // The plan says which persona research backs, and how many still rest on assumptions.
    await page.goto(`/projects/${projectId}/plan`);
    const lucia = page.getByRole("article", { name: LUCIA.name });
    await expect(lucia).toContainText("Validated with interviews and customer data (confidence: high)");
    await expect(lucia).toContainText(`${CHECK} · how: Two questions at the till for a month · who: Marta · by Jan 15, 2027`);
    await expect(page.getByRole("article", { name: MARCOS.name })).toContainText("Hypothesis: not validated yet");
    await expect(page.getByText(`1 of 2 personas rests on assumptions, not yet on research: ${MARCOS.name} (${OFFERING}).`)).toBeVisible();
  });
});
