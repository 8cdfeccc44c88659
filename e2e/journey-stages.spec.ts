import type { Locator } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { expect, test } from "./support/fixtures";
import { IntegrationStep } from "./support/integration-step";
import { PersonasStep } from "./support/personas-step";
import { createPersonas, createProjectWithOfferings } from "./support/seed-project";

const PERSONA = { offering: "Starter guitars", name: "Lucía, the weekend guitarist" };

/** The stage names as the inputs show them, in order. */
const stageNames = (card: Locator) =>
  expect.poll(() =>
    card
      .getByRole("listitem")
      .getByRole("textbox")
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
  );

test.describe("the project's journey stages", () => {
  test("the owner renames and adds a stage, and step 5 plans content on it; a stage in use goes only after confirming", async ({
    signedInPage: page,
  }) => {
    test.setTimeout(240_000);
    const projectId = await createProjectWithOfferings(page, "Guitarras Lorca", ["Starter guitars"], "Guitars built by hand");
    await createPersonas(page, projectId, [PERSONA]);
    const step4 = new PersonasStep(page);
    await step4.goto(projectId);
    const card = step4.stagesCard();
    await stageNames(card).toEqual(["Awareness", "Consideration", "Decision", "Retention", "Advocacy"]);

    await card.getByRole("textbox", { name: "Stage 3", exact: true }).fill("Trying it in the workshop");
    await step4.addStage("Buying strings again", 1);
    await expectNoA11yViolations(page);
    await step4.save();

    await page.reload();
    await stageNames(step4.stagesCard()).toEqual([
      "Awareness",
      "Consideration",
      "Trying it in the workshop",
      "Retention",
      "Buying strings again",
      "Advocacy",
    ]);

    const step5 = new IntegrationStep(page);
    await step5.goto(projectId);
    const idea = { persona: PERSONA.name, topic: "Five strings that last", stage: "Buying strings again", addresses: "" };
    await step5.addContentIdea(idea);
    await step5.save();
    await page.reload();
    await step5.expectContentIdea(1, idea);

    // Removing the stage the idea is on asks first and says where the idea goes.
    await step4.goto(projectId);
    await step4.stagesCard().getByRole("button", { name: "Remove stage “Buying strings again”" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove these journey stages?" });
    await expect(dialog).toContainText("Buying strings again: 1 content idea or campaign moves to “Retention”");
    await dialog.getByRole("button", { name: "Remove and save" }).click();
    await step4.save();

    await step5.goto(projectId);
    await step5.expectContentIdea(1, { ...idea, stage: "Retention" });
  });
});
