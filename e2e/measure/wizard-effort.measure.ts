import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { CompetitorsStep } from "../support/competitors-step";
import { DemographicsStep } from "../support/demographics-step";
import { createProject, expect, test } from "../support/fixtures";
import { CAMPAIGNS, COMPETITORS, CONTENT, DEMOGRAPHICS, OFFERINGS, PROFILE, SEASONED, SOCIAL, YOUNG } from "../support/guitar-shop";
import { IntegrationStep } from "../support/integration-step";
import { OfferingsStep } from "../support/offerings-step";
import { PersonasStep, type PersonaValues } from "../support/personas-step";
import { countEffort } from "./effort-counter";

// Issue 13's yardstick: the guitar shop with two offerings and two personas each, every field
// filled in, driven through the same page objects as the end-to-end tests. It reports what a
// person would have had to do on each step, and how tall step 4 gets.

const SELF_TAUGHT: PersonaValues = {
  offering: "Affordable guitars",
  name: "Pablo, the self-taught teenager",
  description: "Fifteen, learns from online videos and saves his birthday money",
  ageMin: "14",
  ageMax: "17",
  gender: "Man",
  location: "Seville province",
  occupation: "Secondary school student",
  generation: "gen_z",
  goals: ["Play a whole song for his friends"],
  jobs: ["Learn chords without sore fingers"],
  pains: ["Cheap guitars that will not stay in tune"],
  gains: ["Sounding like the videos he learns from"],
  needs: "Under 250 euros, light, easy to play",
  motivations: "The warm sound and the smell of real wood",
  ideals: "Being the one in his group who plays",
  decisionRoles: ["End user"],
  needsIntermediary: true,
  channels: ["YouTube", "TikTok"],
  attractingContent: "Beginner set-up tips in under a minute",
  objections: "His parents decide: show them it lasts",
};

const SESSION: PersonaValues = {
  offering: "Premium guitars",
  name: "Carmen, the session guitarist",
  description: "Thirty-six, records for pop artists in Madrid and teaches masterclasses",
  ageMin: "30",
  ageMax: "45",
  gender: "Woman",
  location: "Madrid",
  occupation: "Session musician and teacher",
  generation: "millennials",
  goals: ["A signature sound for her recordings"],
  jobs: ["Switch between styles in one session"],
  pains: ["Guitars that sound thin through studio microphones"],
  gains: ["Producers asking for her guitar by name"],
  needs: "Balanced tone, low noise, fits her hands",
  motivations: "The feel of a neck shaped for her",
  ideals: "Being known for her own voice on the instrument",
  decisionRoles: ["Decision maker"],
  needsIntermediary: false,
  channels: ["Instagram", "Guitar fairs"],
  attractingContent: "Studio sessions comparing tonewoods",
  objections: "Wants to try before paying the deposit",
};

async function saveAndContinue(page: Page, nextPath: RegExp): Promise<void> {
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(nextPath);
}

async function pageHeight(page: Page, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 900 });
  return page.evaluate(() => document.documentElement.scrollHeight);
}

const OUT = path.resolve(__dirname, "../../bench-results");

/** The page's height at `width`, with a full-page screenshot to look at. */
async function shot(page: Page, width: number, name: string): Promise<number> {
  const height = await pageHeight(page, width);
  await page.screenshot({ path: path.join(OUT, `step4-${name}-${width}.png`), fullPage: true });
  return height;
}

const SECTIONS = ["1. Who they are", "2. What they want", "5. How they decide", "6. Where to reach them"];

/** Step 4's height, desktop and 390 px: the list, and one persona's view at each section (and the tallest). */
async function step4Heights(context: BrowserContext, url: string, persona: PersonaValues) {
  const page = await context.newPage();
  await page.goto(url);
  const step4 = new PersonasStep(page);
  const list = { desktop: await shot(page, 1280, "list"), mobile: await shot(page, 390, "list") };
  await page.setViewportSize({ width: 1280, height: 900 });
  const editor = await step4.open(persona.offering, persona.name);
  const sections: Record<string, { desktop: number; mobile: number }> = {};
  for (const [i, title] of SECTIONS.entries()) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await step4.section(editor, title);
    sections[title] = { desktop: await shot(page, 1280, `persona-${i + 1}`), mobile: await shot(page, 390, `persona-${i + 1}`) };
  }
  const all = Object.values(sections);
  const tallest = { desktop: Math.max(...all.map((h) => h.desktop)), mobile: Math.max(...all.map((h) => h.mobile)) };
  await page.close();
  return { list, persona: { tallest, sections } };
}

test("the guitar shop, 2 offerings × 2 personas, every field", async ({ signedInPage: page }) => {
  test.setTimeout(600_000);
  mkdirSync(OUT, { recursive: true });
  const effort = await countEffort(page);
  const projectId = await createProject(page, "Guitarras Lorca", "Guitars built by hand in Seville");
  const stepPath = (slug: string) => new RegExp(`/projects/${projectId}/${slug}$`);

  const step1 = new OfferingsStep(page);
  await step1.categoryName(1).fill("Guitars");
  for (const offering of OFFERINGS) await step1.addOffering(offering);
  await saveAndContinue(page, stepPath("competitors"));

  const step2 = new CompetitorsStep(page);
  for (const competitor of COMPETITORS) await step2.addCompetitor(competitor);
  await step2.fillDigitalProfile(PROFILE);
  await saveAndContinue(page, stepPath("demographics"));

  await new DemographicsStep(page).fill(DEMOGRAPHICS);
  await saveAndContinue(page, stepPath("personas"));

  const step4 = new PersonasStep(page);
  for (const persona of [YOUNG, SELF_TAUGHT, SEASONED, SESSION]) await step4.addPersona(persona);
  await step4.save();
  await step4.backToList();
  // Heights are not effort: taken on a page of their own so the counters stay with the run.
  const heights = await step4Heights(page.context(), page.url(), YOUNG);
  await saveAndContinue(page, stepPath("integration"));

  const step5 = new IntegrationStep(page);
  for (const idea of CONTENT) await step5.addContentIdea(idea);
  for (const plan of SOCIAL) await step5.addSocialPlan(plan);
  for (const campaign of CAMPAIGNS) await step5.addCampaign(campaign);
  await saveAndContinue(page, stepPath("plan"));

  const steps = Object.fromEntries([...effort].map(([key, { fields, clicks, keyPresses }]) => [key, { fields, clicks, keyPresses }]));
  const result = { personas: 4, offerings: 2, steps, step4Height: heights };
  writeFileSync(path.join(OUT, "wizard-effort.json"), JSON.stringify(result, null, 2));
  console.log(`[wizard-effort] ${JSON.stringify(result)}`);
});
