import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { CompetitorsStep } from "./support/competitors-step";
import { createProject, expect, test } from "./support/fixtures";
import { IntegrationStep } from "./support/integration-step";
import { PersonasStep, type PersonaValues } from "./support/personas-step";
import { createProjectWithOfferings } from "./support/seed-project";
import { addValueEntry, fitPanel, rank } from "./support/value-map";

/** Step 4, open on a project whose step 1 holds two saved offerings. */
async function openStep4WithTwoOfferings(page: Page) {
  const projectId = await createProjectWithOfferings(page, "Guitarras Lorca", ["Affordable guitars", "Premium guitars"]);
  const step = new PersonasStep(page);
  await step.goto(projectId);
  return { projectId, step };
}

const LUCIA: PersonaValues = {
  offering: "Affordable guitars",
  name: "Lucía, the young guitarist",
  description: "Nineteen, plays at open-mic nights",
  goals: ["Play her first paid gig"],
  pains: ["Strings too high on cheap guitars"],
  decisionRoles: ["Decision maker", "Buyer"],
};

/** axe on the page as it is, at desktop width and at 390 px. */
async function expectAccessibleAtBothWidths(page: Page): Promise<void> {
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe("step 4: buyer personas for each offering", () => {
  test("without offerings the step points at step 1", async ({ signedInPage: page }) => {
    const projectId = await createProject(page, "Empty workshop");
    await new PersonasStep(page).goto(projectId);
    await expect(page.getByRole("heading", { name: "No offerings yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to step 1: Business model" })).toHaveAttribute(
      "href",
      `/projects/${projectId}/offerings`,
    );
    await expectNoA11yViolations(page);
  });

  test("typing saves by itself: no Save button, a reload shows it, and leaving asks nothing", async ({ signedInPage: page }) => {
    const { projectId, step } = await openStep4WithTwoOfferings(page);
    await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
    const editor = await step.addPersona(LUCIA);
    await step.section(editor, "5. How they decide");
    await editor.getByLabel(/^Objections/).fill("Her parents pay half");
    await expect(step.autosaveStatus()).toHaveText(/^Changes not saved yet|^Saving/);
    await step.save();

    await page.reload();
    // The address kept the persona and its section.
    await expect(step.editor(LUCIA.offering, LUCIA.name).getByLabel(/^Objections/)).toHaveValue("Her parents pay half");
    await step.expectPersona(LUCIA);
    await expect(step.persona(LUCIA.offering, LUCIA.name)).toContainText("Buyer and decision maker · Nineteen, plays at open-mic nights");

    // Everything is stored, so following a link away asks nothing.
    page.on("dialog", (dialog) => {
      throw new Error(`unexpected question: ${dialog.message()}`);
    });
    await page
      .getByRole("navigation", { name: "Wizard steps" })
      .getByRole("link", { name: /Business model/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/offerings$`));
  });

  test("a persona duplicated onto the other offering covers it; the step completes once both are answered; axe at both widths", async ({
    signedInPage: page,
  }) => {
    // Eight axe runs over two personas' sections: step 4 grew two sections and needs the time.
    test.setTimeout(150_000);
    const { step } = await openStep4WithTwoOfferings(page);
    const missing = page.getByText("Offerings without a persona yet").locator("..");
    await expect(missing).toContainText("Affordable guitars");
    await expect(missing).toContainText("Premium guitars");

    const editor = await step.addPersona(LUCIA);
    await expect(editor.getByText("Persona 1 of 1")).toBeVisible();
    await expectAccessibleAtBothWidths(page);
    await step.section(editor, "2. What they want");
    await expectAccessibleAtBothWidths(page);

    await step.backToList();
    const card = step.persona(LUCIA.offering, LUCIA.name);
    await expect(card).toContainText("Still to answer: Jobs to be done, Gains, Needs (functional) and 5 more.");
    await card.getByRole("button", { name: `Duplicate ${LUCIA.name}…` }).click();
    const dialog = page.getByRole("dialog", { name: `Duplicate “${LUCIA.name}”` });
    await dialog.getByLabel("Duplicate to…").selectOption({ label: "Premium guitars" });
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: `Duplicate ${LUCIA.name} to the chosen offering` }).click();
    const copy: PersonaValues = { ...LUCIA, offering: "Premium guitars", name: `${LUCIA.name} (copy)` };
    // The copy opens at once, to adjust what differs; next and previous go through every persona.
    const copyView = step.editor(copy.offering, copy.name);
    await expect(copyView.getByText("Persona 2 of 2")).toBeVisible();
    await copyView.getByRole("link", { name: `Previous persona: ${LUCIA.name}` }).click();
    await expect(step.editor(LUCIA.offering, LUCIA.name)).toBeVisible();
    await step.save();

    await step.backToList();
    await expect(page.getByText("Every offering has at least one persona.")).toBeVisible();
    await expectAccessibleAtBothWidths(page);
    await page.reload();
    await step.expectPersona(LUCIA);
    await step.expectPersona(copy);

    // A name and a few answers do not make a persona: the step names what each one lacks.
    await expect(step.stepperLink()).toContainText("4 things missing");
    await page
      .getByText(/^What is left to do/)
      .filter({ visible: true })
      .click();
    await expect(page.getByText(`“${copy.name}” needs at least one job, one pain and one gain.`).filter({ visible: true })).toBeVisible();
    await expect(
      page.getByText(`“${LUCIA.name}” is missing its needs, motivations and ideals (the MIN model).`).filter({ visible: true }),
    ).toBeVisible();
    const rest: Partial<PersonaValues> = {
      jobs: ["Find a guitar that stays in tune"],
      gains: ["Sounding good at open-mic nights"],
      needs: "Under 300 euros, light",
      motivations: "The warm sound of solid wood",
      ideals: "A musician people book again",
    };
    for (const persona of [LUCIA, copy]) await step.fill(await step.open(persona.offering, persona.name), rest);
    await step.save();
    await page.reload();
    await expect(step.stepperLink()).toContainText("complete");
  });

  test("roles are ticked with the keyboard, several at once; with none the group says why and nothing is saved", async ({
    signedInPage: page,
  }) => {
    const { step } = await openStep4WithTwoOfferings(page);
    const editor = await step.addPersona({ ...LUCIA, decisionRoles: ["Buyer"] });
    await step.section(editor, "5. How they decide");
    await step.save();
    const roles = step.roles(editor);
    await step.role(editor, "Buyer").focus();
    await page.keyboard.press("Space");
    await expect(step.autosaveStatus()).toHaveText("Not saved: fix the marked fields to save.");
    await expect(roles).toHaveAttribute("aria-invalid", "true");
    await expect(roles.getByText("Fill in this field.")).toBeVisible();
    await expectNoA11yViolations(page);

    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(step.role(editor, "Influencer")).toBeFocused();
    await step.role(editor, "End user").check();
    await expect(roles.getByText("Fill in this field.")).toHaveCount(0);
    await step.save();
    await page.reload();
    await step.expectPersona({ ...LUCIA, decisionRoles: ["Influencer", "End user"] });
    await expect(step.persona(LUCIA.offering, LUCIA.name)).toContainText("Influencer and end user · ");
    await expectNoA11yViolations(page);
  });

  test("an age range upside down is not saved: the field says why, the line says fix it, the input stays", async ({
    signedInPage: page,
  }) => {
    const { step } = await openStep4WithTwoOfferings(page);
    const editor = await step.addPersona({ ...LUCIA, ageMin: "30", ageMax: "20" });
    await step.section(editor, "1. Who they are");
    await expect(step.autosaveStatus()).toHaveText("Not saved: fix the marked fields to save.");
    // The message sits on the second age, the one to correct.
    await expect(editor.getByLabel(/^Age to/)).toHaveAttribute("aria-invalid", "true");
    await expect(editor.getByText("The minimum age cannot be above the maximum age.")).toBeVisible();
    await expect(editor.getByLabel(/^Age from/)).toHaveValue("30");
    await expectNoA11yViolations(page);

    // From anywhere, the status line leads to the mistake.
    await step.backToList();
    await expect(step.persona(LUCIA.offering, LUCIA.name)).toContainText("needs fixing before the step can be saved");
    await page.getByRole("button", { name: "Go to the first field to fix" }).click();
    await expect(editor.getByLabel(/^Age to/)).toBeFocused();
    await editor.getByLabel(/^Age to/).fill("40");
    await step.save();
    await page.reload();
    await step.expectPersona({ ...LUCIA, ageMin: "30", ageMax: "40" });
  });

  test("offline for a moment: the changes stay, the line says so, and they are saved when back", async ({
    signedInPage: page,
    context,
  }) => {
    const { step } = await openStep4WithTwoOfferings(page);
    const editor = await step.addPersona({ offering: LUCIA.offering, name: LUCIA.name });
    await step.save();

    await context.setOffline(true);
    await step.fill(editor, { description: LUCIA.description, goals: LUCIA.goals });
    await expect(step.autosaveStatus()).toHaveText(/^Not saved: you are offline/);
    await expect(step.listItems(editor, "goals")).toHaveText(LUCIA.goals!.map((g) => new RegExp(`^${g}`)));
    await expectNoA11yViolations(page);
    await context.setOffline(false);
    await step.save();

    await page.reload();
    await step.expectPersona({ offering: LUCIA.offering, name: LUCIA.name, description: LUCIA.description, goals: LUCIA.goals });
  });

  test("a save from a second tab first: the other tab stops autosaving and shows the conflict", async ({ signedInPage: page, context }) => {
    const { projectId, step } = await openStep4WithTwoOfferings(page);
    await step.addPersona({ offering: LUCIA.offering, name: LUCIA.name });
    await step.save();

    const other = await context.newPage();
    const otherStep = new PersonasStep(other);
    await otherStep.goto(projectId);
    const otherEditor = await otherStep.open(LUCIA.offering, LUCIA.name);
    await otherStep.fill(otherEditor, { description: "Changed in the other tab" });
    await otherStep.save();

    await step.fill(step.editor(LUCIA.offering, LUCIA.name), { description: "Changed here" });
    await expect(step.autosaveStatus()).toHaveText(/^Not saved: someone else saved this step/);
    await expect(page.getByRole("button", { name: "Load their version (discard mine)" })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole("button", { name: "Save mine over theirs" }).click();
    await step.save();
    await other.reload();
    await otherStep.expectPersona({ offering: LUCIA.offering, name: LUCIA.name, description: "Changed here" });
  });

  test("channels are ticked from step 2's list or added here; removing one in use in step 2 says where", async ({ signedInPage: page }) => {
    const { projectId, step } = await openStep4WithTwoOfferings(page);
    const step2 = new CompetitorsStep(page);
    await step2.goto(projectId);
    await step2.fillDigitalProfile({ socialNetworks: ["Instagram", "TikTok"] });
    await step2.save();

    await step.goto(projectId);
    const lucia = { ...LUCIA, channels: ["Instagram", "Music school"] };
    const editor = await step.addPersona(lucia);
    // Step 2's channels are offered as they are named there; "Music school" was added from here.
    await expect(step.channels(editor).getByRole("checkbox")).toHaveCount(3);
    await expect(step.channels(editor).getByRole("checkbox", { name: "TikTok", exact: true })).not.toBeChecked();
    await expectAccessibleAtBothWidths(page);
    await step.save();
    await page.reload();
    await step.expectPersona(lucia);

    // The added channel joined the project's list in step 2.
    await step2.goto(projectId);
    await expect(step2.tags("ownChannels")).toHaveText([/Music school/]);
    await step2.networks().getByLabel("Instagram", { exact: true }).uncheck();
    await step2.saveButton().click();
    const dialog = page.getByRole("dialog", { name: "Remove these items and what depends on them?" });
    await expect(dialog).toContainText("You removed channels that other parts of the plan use.");
    await expect(dialog).toContainText("Instagram: taken off 1 persona; deletes no campaigns");
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Remove and save" }).click();
    await step2.save();

    await step.goto(projectId);
    await step.expectPersona({ ...lucia, channels: ["Music school"] });
  });

  test("removing a persona that step 5 uses says what goes with it; Cancel puts it back", async ({ signedInPage: page }) => {
    const { projectId, step } = await openStep4WithTwoOfferings(page);
    await step.addPersona(LUCIA);
    await step.save();
    const step5 = new IntegrationStep(page);
    await step5.goto(projectId);
    await step5.addContentIdea({ persona: LUCIA.name, topic: "Five signs your first guitar holds you back" });
    await step5.addSocialPlan({ persona: LUCIA.name, network: "TikTok" });
    await step5.save();

    await step.goto(projectId);
    await step.removePersona(LUCIA.name);
    // The server lists what depends on the persona before anything is deleted.
    const dialog = page.getByRole("dialog", { name: "Remove these items and what depends on them?" });
    await expect(dialog).toContainText(LUCIA.name);
    await expect(dialog).toContainText("1 content idea, 1 social network plan, no campaigns");
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(step.persona(LUCIA.offering, LUCIA.name)).toBeVisible();
    await step.save();

    await step.removePersona(LUCIA.name);
    await dialog.getByRole("button", { name: "Remove and save" }).click();
    await step.save();
    await step5.goto(projectId);
    await expect(page.getByRole("heading", { name: "No buyer personas yet" })).toBeVisible();
  });
  test("the value section ranks, answers and shows the fit; an intermediary gets its own linked persona; axe at both widths", async ({
    signedInPage: page,
  }) => {
    const { step } = await openStep4WithTwoOfferings(page);
    const editor = await step.addPersona({
      ...LUCIA,
      jobs: ["Practise daily"],
      pains: ["Strings too high on cheap guitars"],
      gains: ["A guitar people ask about"],
      needs: "Stays in tune\nUnder 400 euros",
      motivations: "Warm sound",
      ideals: "Being taken seriously",
      needsIntermediary: true,
    });
    await step.section(editor, "3. Value proposition");
    await expect(fitPanel(editor)).toContainText("answers 0 of 2 essential or important pains and gains (0%)");
    await expect(fitPanel(editor)).toContainText("Needs nothing meets yet (minimum success factors): Stays in tune; Under 400 euros");
    await rank(editor, "Strings too high on cheap guitars", "Essential");
    await addValueEntry(editor, {
      kind: "reliever",
      text: "Low action set by hand",
      answers: ["Strings too high on cheap guitars"],
      needs: ["Stays in tune"],
    });
    await expect(fitPanel(editor)).toContainText("answers 1 of 2 essential or important pains and gains (50%)");
    await expect(fitPanel(editor)).toContainText("(minimum success factors): Under 400 euros.");
    await expectAccessibleAtBothWidths(page);
    await step.save();
    await page.reload();
    await expect(fitPanel(editor)).toContainText("(50%)");
    await expect(editor.getByLabel("How much “Strings too high on cheap guitars” matters")).toHaveValue("essential");

    // The end customer buys through a music school: the school becomes a persona of its own.
    await step.section(editor, "5. How they decide");
    await editor.getByRole("button", { name: "Create the intermediary's persona" }).click();
    const school = step.editor(LUCIA.offering, `Intermediary for ${LUCIA.name}`);
    await expect(school).toBeVisible();
    await school.getByLabel("Persona name").fill("Allegro music school");
    const linked = step.editor(LUCIA.offering, "Allegro music school");
    await step.section(linked, "5. How they decide");
    await expect(linked.getByLabel(/^Intermediary for/)).toHaveValue(/[0-9a-f-]{36}/);
    await expect(linked.getByLabel(/^Intermediary for/).locator("option:checked")).toHaveText(LUCIA.name);
    await step.save();
    await page.reload();
    const customer = await step.open(LUCIA.offering, LUCIA.name);
    await step.section(customer, "5. How they decide");
    await expect(customer.getByText("Their intermediary: Allegro music school")).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
