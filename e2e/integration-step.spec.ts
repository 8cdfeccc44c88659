import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { expect, test } from "./support/fixtures";
import { CompetitorsStep } from "./support/competitors-step";
import { describingText } from "./support/form-fields";
import { answer, IntegrationStep, type CampaignValues, type ContentIdeaValues, type SocialPlanValues } from "./support/integration-step";
import { PersonasStep } from "./support/personas-step";
import { createPersonas, createProjectWithOfferings } from "./support/seed-project";

/** The handmade guitar shop: two offerings saved in step 1, nothing else yet. */
const guitarShop = (page: Page) =>
  createProjectWithOfferings(page, "Guitarras Lorca", ["Starter guitars", "Premium guitars"], "Guitars built by hand");

const BUZZ = "Fear of a guitar that buzzes";
const IDEALS = "Being taken seriously on stage";

/** Lucía has a pain, a gain and ideals to link to; Andrés has nothing yet. */
const PERSONAS = [
  { offering: "Starter guitars", name: "Lucía, the weekend guitarist", pains: [BUZZ], gains: ["A sound of her own"], ideals: IDEALS },
  { offering: "Premium guitars", name: "Andrés, the session player" },
];

test.describe("step 5: integration with marketing actions", () => {
  test("content, social networks and a campaign survive a reload exactly", async ({ signedInPage: page }) => {
    // Setting up the personas one view at a time takes about a minute on a 2-core machine.
    test.setTimeout(240_000);
    const projectId = await guitarShop(page);
    const step = new IntegrationStep(page);

    // Without personas the page explains why and points at step 4.
    await step.goto(projectId);
    await expect(page.getByRole("heading", { name: "No buyer personas yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to step 4: Buyer personas" })).toBeVisible();
    await expectNoA11yViolations(page);

    await createPersonas(page, projectId, PERSONAS);
    // Step 2 lists Instagram; the campaign's channel is added from its card below.
    const step2 = new CompetitorsStep(page);
    await step2.goto(projectId);
    await step2.fillDigitalProfile({ socialNetworks: ["Instagram"] });
    await step2.save();
    await step.goto(projectId);
    await expect(page.getByText("No content ideas yet.")).toBeVisible();

    const ideas: ContentIdeaValues[] = [
      {
        persona: PERSONAS[0]!.name,
        topic: "How to pick your first guitar",
        format: "Video, 6 minutes",
        stage: "Awareness",
        addresses: BUZZ,
        plannedOn: "2025-03-14",
      },
      {
        persona: PERSONAS[1]!.name,
        topic: "Inside the workshop: carving a top",
        format: "",
        stage: "Decision",
        addresses: "",
        plannedOn: "",
      },
    ];
    const social: SocialPlanValues = {
      persona: PERSONAS[0]!.name,
      network: "Instagram",
      purpose: "Show how each guitar is built",
      frequency: "One reel a week",
      tone: "Close and playful",
    };
    const campaign: CampaignValues = {
      offering: "Premium guitars",
      kind: "Launch",
      personas: [PERSONAS[0]!.name, PERSONAS[1]!.name],
      channel: "Instagram and YouTube ads",
      budget: "1500.5",
      currency: "MXN",
      startsOn: "2025-05-01",
      endsOn: "2025-05-31",
      objective: "Launch the premium line",
      successMetric: "20 booked test sessions",
      answers: [{ persona: PERSONAS[0]!.name, items: [BUZZ] }],
      stage: "Decision",
    };
    for (const idea of ideas) await step.addContentIdea(idea);
    // Lucía's ideals are offered as the message; Andrés has no pains or gains to pick yet.
    await expect(step.contentIdea(1).getByText(`Key message: ${IDEALS}`)).toBeVisible();
    await expect(step.contentIdea(2).getByText("Andrés, the session player has no pains or gains yet.")).toBeVisible();
    await expect(step.contentIdea(2).getByRole("link", { name: "Add them in step 4" })).toBeVisible();
    await step.addSocialPlan(social);
    await step.addCampaign(campaign);
    // The objective takes Lucía's key message on request.
    await step
      .campaign(1)
      .getByRole("button", { name: `Add to the objective: key message for ${PERSONAS[0]!.name}` })
      .click();
    campaign.objective = `Launch the premium line\n${IDEALS}`;
    // A channel added in one card is offered in every other one at once.
    await expect(step.socialPlan(1).getByLabel("Social network", { exact: true }).locator("option")).toHaveText([
      "Choose a channel",
      "Instagram",
      "Instagram and YouTube ads",
    ]);
    await expectNoA11yViolations(page);
    await step.save();

    await page.reload();
    await step.expectContentIdea(1, ideas[0]!);
    await step.expectContentIdea(2, ideas[1]!);
    await step.expectSocialPlan(1, social);
    // Whole cents in the database, shown back with two decimals.
    await step.expectCampaign(1, { ...campaign, budget: "1,500.50" });
    await expect(page.getByRole("navigation", { name: "Wizard steps" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.screenshot({ path: "test-results/integration-step-filled.png", fullPage: true });

    // Removing the pain in step 4 asks first, then leaves the idea its words without the link.
    const step4 = new PersonasStep(page);
    await step4.goto(projectId);
    const lucia = await step4.open(PERSONAS[0]!.offering, PERSONAS[0]!.name);
    await step4.section(lucia, "2. What they want");
    await lucia.getByRole("button", { name: `Remove ${BUZZ}` }).click();
    const dialog = page.getByRole("dialog", { name: "Remove these pains and gains?" });
    await expect(dialog.getByRole("listitem")).toHaveText([`“${BUZZ}” (${PERSONAS[0]!.name}): 1 content idea and 1 campaign`]);
    await expectNoA11yViolations(page);
    await dialog.getByRole("button", { name: "Remove and save" }).click();
    await step4.save();
    await step.goto(projectId);
    ideas[0]!.addresses = `Earlier text: ${BUZZ}`;
    await step.expectContentIdea(1, ideas[0]!);
    await expect(answer(step.campaign(1), PERSONAS[0]!.name, BUZZ)).toHaveCount(0);
    await expect(step.campaign(1).getByRole("checkbox", { name: "A sound of her own", exact: true })).not.toBeChecked();

    // Reordering and removing a filled entry, after a confirmation.
    await page.getByRole("button", { name: /^Move up: Content idea 2/ }).click();
    await step.expectContentIdea(1, ideas[1]!);
    await step.removeAfterCancellingOnce(step.contentIdea(2), {
      button: "Remove content idea 2",
      question: "Remove content idea “How to pick your first guitar”?",
      confirm: "Remove",
    });
    await step.save();
    await page.reload();
    await step.expectContentIdea(1, ideas[1]!);
    await expect(step.contentIdea(2)).toHaveCount(0);
  });

  test("errors sit next to their fields, keep the input, and save nothing", async ({ signedInPage: page }) => {
    const projectId = await guitarShop(page);
    await createPersonas(page, projectId, PERSONAS);
    const step = new IntegrationStep(page);
    await step.goto(projectId);

    await page.getByRole("button", { name: "+ Add a content idea" }).click();
    await step.addCampaign({
      offering: "Premium guitars",
      channel: "Radio",
      budget: "12.3456",
      startsOn: "2025-06-02",
      endsOn: "2025-06-01",
    });
    await step.saveButton().click();
    await expect(step.fieldsNeedAttention()).toBeVisible();

    const idea = step.contentIdea(1);
    await expect(idea.getByLabel("For which persona")).toHaveAttribute("aria-invalid", "true");
    await expect(idea.getByText("Pick one of the personas from step 4.")).toBeVisible();
    await expect(idea.getByLabel("Topic")).toHaveAttribute("aria-invalid", "true");
    const campaign = step.campaign(1);
    await expect(campaign.getByText("Choose at least one persona.")).toBeVisible();
    await expect(campaign.getByLabel("Amount")).toHaveAttribute("aria-invalid", "true");
    await expect(campaign.getByLabel("Amount")).toHaveValue("12.3456");
    await expect(campaign.getByText("Enter an amount in digits, with up to two decimals")).toBeVisible();
    const end = campaign.getByLabel("End date");
    await expect(end).toHaveAttribute("aria-invalid", "true");
    await expect(await describingText(end)).toHaveText("The end date cannot come before the start date.");
    await expectNoA11yViolations(page);

    page.once("dialog", (dialog) => dialog.accept());
    await page.reload();
    await expect(page.getByText("No content ideas yet.")).toBeVisible();
    await expect(page.getByText("No campaigns yet.")).toBeVisible();
  });
});
