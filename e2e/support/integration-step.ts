import { expect, type Locator, type Page } from "@playwright/test";

/** A persona to create through step 4's form, under one of step 1's offerings. */
export interface PersonaSeed {
  offering: string;
  name: string;
}

export type JourneyStageValue = "awareness" | "consideration" | "decision" | "retention" | "advocacy";

export interface ContentIdeaValues {
  persona: string;
  topic: string;
  format?: string;
  /** The stage's value, e.g. "awareness". */
  stage?: JourneyStageValue;
  addresses?: string;
  /** YYYY-MM-DD, as a date input takes it. */
  plannedOn?: string;
}

export interface SocialPlanValues {
  persona: string;
  network: string;
  purpose?: string;
  frequency?: string;
  tone?: string;
}

export interface CampaignValues {
  offering: string;
  kind?: "Launch" | "Promotion";
  personas?: string[];
  channel?: string;
  /** As typed, e.g. "1500.50"; the page shows it back with two decimals. */
  budget?: string;
  /** ISO code, e.g. "EUR". */
  currency?: string;
  startsOn?: string;
  endsOn?: string;
  objective?: string;
  successMetric?: string;
}

/** Creates personas through step 4 as a user would, and saves that step. */
export async function createPersonas(page: Page, projectId: string, personas: readonly PersonaSeed[]): Promise<void> {
  await page.goto(`/projects/${projectId}/personas`);
  for (const persona of personas) {
    await page.getByRole("button", { name: `Add a persona for ${persona.offering}` }).click();
    await page
      .getByRole("article", { name: `${persona.offering}: Unnamed persona` })
      .getByLabel("Persona name")
      .fill(persona.name);
  }
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
}

/** Step 5 as a user sees it: selectors go by role and label only. */
export class IntegrationStep {
  constructor(readonly page: Page) {}

  async open(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/integration`);
  }

  contentIdea(n: number): Locator {
    return this.page.getByRole("article", { name: new RegExp(`^Content idea ${n}:`) });
  }

  socialPlan(n: number): Locator {
    return this.page.getByRole("article", { name: new RegExp(`^Social network ${n}:`) });
  }

  campaign(n: number): Locator {
    return this.page.getByRole("article", { name: new RegExp(`^Campaign ${n}:`) });
  }

  private async count(pattern: RegExp): Promise<number> {
    return this.page.getByRole("article", { name: pattern }).count();
  }

  async addContentIdea(values: ContentIdeaValues): Promise<void> {
    const n = (await this.count(/^Content idea \d+:/)) + 1;
    await this.page.getByRole("button", { name: "+ Add a content idea" }).click();
    await this.fillContentIdea(n, values);
  }

  async fillContentIdea(n: number, values: Partial<ContentIdeaValues>): Promise<void> {
    const card = this.contentIdea(n);
    if (values.persona) await card.getByLabel("For which persona").selectOption({ label: values.persona });
    if (values.stage) await card.getByLabel("Customer-journey stage").selectOption(values.stage);
    if (values.format !== undefined) await card.getByLabel("Format").fill(values.format);
    if (values.addresses !== undefined) await card.getByLabel("Pain or gain it addresses").fill(values.addresses);
    if (values.plannedOn !== undefined) await card.getByLabel("Publication date").fill(values.plannedOn);
    // Last: the heading follows the topic, which renames the card.
    if (values.topic !== undefined) await card.getByLabel("Topic").fill(values.topic);
  }

  async expectContentIdea(n: number, values: ContentIdeaValues): Promise<void> {
    const card = this.contentIdea(n);
    await expect(card.getByLabel("For which persona").locator("option:checked")).toHaveText(values.persona);
    await expect(card.getByLabel("Topic")).toHaveValue(values.topic);
    if (values.stage) await expect(card.getByLabel("Customer-journey stage")).toHaveValue(values.stage);
    if (values.format !== undefined) await expect(card.getByLabel("Format")).toHaveValue(values.format);
    if (values.addresses !== undefined) await expect(card.getByLabel("Pain or gain it addresses")).toHaveValue(values.addresses);
    if (values.plannedOn !== undefined) await expect(card.getByLabel("Publication date")).toHaveValue(values.plannedOn);
  }

  async addSocialPlan(values: SocialPlanValues): Promise<void> {
    const n = (await this.count(/^Social network \d+:/)) + 1;
    await this.page.getByRole("button", { name: "+ Add a social network" }).click();
    const card = this.socialPlan(n);
    await card.getByLabel("For which persona").selectOption({ label: values.persona });
    if (values.purpose !== undefined) await card.getByLabel("Purpose").fill(values.purpose);
    if (values.frequency !== undefined) await card.getByLabel("Frequency").fill(values.frequency);
    if (values.tone !== undefined) await card.getByLabel("Tone").fill(values.tone);
    await card.getByLabel("Social network", { exact: true }).fill(values.network);
  }

  async expectSocialPlan(n: number, values: SocialPlanValues): Promise<void> {
    const card = this.socialPlan(n);
    await expect(card.getByLabel("For which persona").locator("option:checked")).toHaveText(values.persona);
    await expect(card.getByLabel("Social network", { exact: true })).toHaveValue(values.network);
    if (values.purpose !== undefined) await expect(card.getByLabel("Purpose")).toHaveValue(values.purpose);
    if (values.frequency !== undefined) await expect(card.getByLabel("Frequency")).toHaveValue(values.frequency);
    if (values.tone !== undefined) await expect(card.getByLabel("Tone")).toHaveValue(values.tone);
  }

  async addCampaign(values: CampaignValues): Promise<void> {
    const n = (await this.count(/^Campaign \d+:/)) + 1;
    await this.page.getByRole("button", { name: "+ Add a campaign" }).click();
    await this.fillCampaign(n, values);
  }

  async fillCampaign(n: number, values: Partial<CampaignValues>): Promise<void> {
    let card = this.campaign(n);
    if (values.offering) {
      await card.getByLabel("Offering", { exact: true }).selectOption({ label: values.offering });
      card = this.campaign(n);
    }
    if (values.kind) await card.getByRole("radio", { name: new RegExp(`^${values.kind}`) }).check();
    for (const persona of values.personas ?? []) {
      const box = card.getByRole("checkbox", { name: persona, exact: true });
      // Personas of other offerings are listed on request.
      if (!(await box.isVisible())) await card.getByRole("checkbox", { name: "Also show personas of other offerings" }).check();
      await box.check();
    }
    if (values.channel !== undefined) await card.getByLabel("Channel").fill(values.channel);
    if (values.budget !== undefined) await card.getByLabel("Amount").fill(values.budget);
    if (values.currency) await card.getByLabel("Currency").selectOption(values.currency);
    if (values.startsOn !== undefined) await card.getByLabel("Start date").fill(values.startsOn);
    if (values.endsOn !== undefined) await card.getByLabel("End date").fill(values.endsOn);
    if (values.objective !== undefined) await card.getByLabel("Objective", { exact: true }).fill(values.objective);
    if (values.successMetric !== undefined) await card.getByLabel("Metric that says it worked").fill(values.successMetric);
  }

  async expectCampaign(n: number, values: CampaignValues): Promise<void> {
    const card = this.campaign(n);
    await expect(card.getByLabel("Offering", { exact: true }).locator("option:checked")).toHaveText(values.offering);
    if (values.kind) await expect(card.getByRole("radio", { name: new RegExp(`^${values.kind}`) })).toBeChecked();
    for (const persona of values.personas ?? []) await expect(card.getByRole("checkbox", { name: persona, exact: true })).toBeChecked();
    if (values.channel !== undefined) await expect(card.getByLabel("Channel")).toHaveValue(values.channel);
    if (values.budget !== undefined) await expect(card.getByLabel("Amount")).toHaveValue(values.budget);
    if (values.currency) await expect(card.getByLabel("Currency")).toHaveValue(values.currency);
    if (values.startsOn !== undefined) await expect(card.getByLabel("Start date")).toHaveValue(values.startsOn);
    if (values.endsOn !== undefined) await expect(card.getByLabel("End date")).toHaveValue(values.endsOn);
    if (values.objective !== undefined) await expect(card.getByLabel("Objective", { exact: true })).toHaveValue(values.objective);
    if (values.successMetric !== undefined) await expect(card.getByLabel("Metric that says it worked")).toHaveValue(values.successMetric);
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(this.page.getByRole("status")).toContainText("Saved.");
  }
}
