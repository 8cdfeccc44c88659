import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { expect, test } from "./support/fixtures";
import { IntegrationStep } from "./support/integration-step";
import { PersonasStep } from "./support/personas-step";
import { download, pdfText } from "./support/plan-download";
import { createProjectWithPersona } from "./support/seed-project";

const LUCIA = { offering: "Affordable guitars", name: "Lucía, the young guitarist" };

/** What the owner writes at one stage of the map; only what is given is typed. */
interface StageValues {
  touchpoints?: string;
  thinksAndDoes?: string;
  feeling?: "Very negative" | "Negative" | "Neutral" | "Positive" | "Very positive";
  feelingWord?: string;
  painPoints?: string;
  opportunities?: string;
}

// The five stages every project starts with, and a sixth the shop adds before "Advocacy": the
// map takes whatever stages the project's list holds (e2e/journey-stages.spec.ts edits it).
const SIXTH = "Buying strings again";
const JOURNEY: Record<string, StageValues> = {
  Awareness: { touchpoints: "Instagram video from the workshop\nThe music school", feeling: "Positive", feelingWord: "Curious" },
  Consideration: { thinksAndDoes: "Compares three guitars and asks her teacher", feeling: "Neutral", feelingWord: "Unsure" },
  Decision: {
    touchpoints: "The luthier in the workshop",
    feeling: "Negative",
    feelingWord: "Anxious",
    painPoints: "Nobody says how long the order takes",
    opportunities: "Show the build time on every guitar",
  },
  Retention: { feeling: "Very positive", feelingWord: "Proud" },
  [SIXTH]: { touchpoints: "WhatsApp reminder after three months", feeling: "Positive", feelingWord: "Looked after" },
};

async function fillStage(map: Locator, stage: string, values: StageValues) {
  const field = (label: string) => map.getByLabel(`${label} (${stage})`, { exact: true });
  if (values.touchpoints) await field("Touchpoints").fill(values.touchpoints);
  if (values.thinksAndDoes) await field("Thinks and does").fill(values.thinksAndDoes);
  if (values.feeling) await field("How they feel").selectOption({ label: values.feeling });
  if (values.feelingWord) await field("Their feeling in a word").fill(values.feelingWord);
  if (values.painPoints) await field("Pain points").fill(values.painPoints);
  if (values.opportunities) await field("Opportunities").fill(values.opportunities);
}

/** axe on the page as it is, at desktop width and at 390 px. */
async function expectAccessibleAtBothWidths(page: Page): Promise<void> {
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe("step 4: a persona's customer journey map", () => {
  test("the guitar shop maps Lucía's journey on six stages, sees the curve, plans an opportunity, walks it and downloads it", async ({
    signedInPage: page,
  }) => {
    // Sign-up, six stages typed, axe four times, a visit to step 5 and a PDF.
    test.setTimeout(240_000);
    const projectId = await createProjectWithPersona(page, "Guitarras Lorca", LUCIA);
    const step = new PersonasStep(page);
    await step.addStage(SIXTH, 1);
    await step.save();
    const editor = await step.open(LUCIA.offering, LUCIA.name);
    await step.section(editor, "4. Customer journey");
    await expect(editor.getByText("A sales funnel only follows")).toBeHidden();
    await editor.getByText("What a customer journey is, and why it is not a sales funnel").click();
    await expect(editor.getByText("A sales funnel only follows")).toBeVisible();

    await editor
      .getByLabel(/^What you want to learn from this map/)
      .fill("Why young players who try a guitar do not come back to order it");
    const map = editor.getByRole("region", { name: "Journey map, one column per stage" });
    for (const [stage, values] of Object.entries(JOURNEY)) await fillStage(map, stage, values);
    await expect(editor.getByText("Hypothesis: not walked yet")).toBeVisible();
    const decision = map.getByRole("region", { name: "3. Decision" });
    await expect(decision).toContainText("Needs a plan: there are pain points or a bad moment here");
    await step.save();
    await expectAccessibleAtBothWidths(page);

    await page.reload();
    const curve = step.editor(LUCIA.offering, LUCIA.name).getByRole("region", { name: "Emotion curve" });
    await expect(curve.getByRole("listitem")).toHaveText([
      "Awareness: Curious (Positive)",
      "Consideration: Unsure (Neutral)",
      "Decision: Anxious (Negative)",
      "Retention: Proud (Very positive)",
      `${SIXTH}: Looked after (Positive)`,
      "Advocacy: not set",
    ]);
    await expect(map.getByLabel("Touchpoints (Awareness)", { exact: true })).toHaveValue(JOURNEY.Awareness!.touchpoints!);

    // The opportunity becomes a content idea of step 5 at that stage, and the flag goes.
    await decision.getByRole("button", { name: "Plan it as a content idea" }).click();
    await expect(decision).toContainText("Added to step 5 as a content idea: “Show the build time on every guitar”.");
    await expect(decision).toContainText("Content idea: Show the build time on every guitar");
    await expect(decision).not.toContainText("Needs a plan");
    await expect(decision.getByRole("link", { name: "Open step 5" })).toHaveAttribute("href", `/projects/${projectId}/integration`);

    // The high-level version: one line per stage.
    await editor.getByRole("button", { name: "High-level version" }).click();
    await expect(editor.getByRole("region", { name: "The journey at a glance" }).getByRole("listitem")).toHaveCount(6);
    await expect(editor.getByRole("region", { name: "The journey at a glance" })).toContainText(
      "3. Decision · Anxious (Negative) · Meets you through: The luthier in the workshop · What stops them: Nobody says how long the order takes",
    );
    await editor.getByRole("button", { name: "Full map" }).click();

    // Walking it ends the hypothesis.
    await editor.getByLabel(/^Walked on/).fill("2026-11-20");
    await editor.getByLabel(/^What you found when you walked it/).fill("The quote took a week to arrive");
    await expect(editor.getByText("Hypothesis: not walked yet")).toHaveCount(0);
    await step.save();
    await page.reload();
    await expect(step.editor(LUCIA.offering, LUCIA.name).getByText(/^Walked on \w+ 20, 2026$/)).toBeVisible();
    await expect(page.getByText("Hypothesis: not walked yet")).toHaveCount(0);
    await expectAccessibleAtBothWidths(page);

    const step5 = new IntegrationStep(page);
    await step5.goto(projectId);
    await expect(step5.contentIdea(1).getByLabel("Topic")).toHaveValue("Show the build time on every guitar");
    await expect(step5.contentIdea(1).getByLabel("For which persona").locator("option:checked")).toHaveText(LUCIA.name);
    await expect(step5.contentIdea(1).getByLabel("Customer-journey stage").locator("option:checked")).toHaveText(/^Decision/);

    // The plan's PDF carries the map: its title, the walk, every stage and the feelings.
    await page.goto(`/projects/${projectId}/plan`);
    const pdf = (await pdfText((await download(page, /^PDF/)).bytes)).replace(/\s+/g, " ");
    expect(pdf).toContain(`Customer journey of ${LUCIA.name}`);
    expect(pdf).toContain("Walked on November 20, 2026: The quote took a week to arrive");
    expect(pdf).toContain("Decision: Anxious (negative)");
    expect(pdf).toContain(`${SIXTH}: Looked after (positive)`);
    expect(pdf).toContain("Show the build time on every guitar");
  });
});
