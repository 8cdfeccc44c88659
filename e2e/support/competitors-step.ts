import { expect, type Locator, type Page } from "@playwright/test";
import { addedEntries, typeEntries } from "./tag-input";

export interface CompetitorValues {
  name: string;
  website?: string;
  overlap?: string;
  revenueModel?: string;
  channels?: string;
  notes?: string;
}

export interface DigitalProfileValues {
  /** Labels of the common networks to tick, as shown ("Instagram", "X (Twitter)"). */
  socialNetworks?: string[];
  /** Networks typed by hand. */
  otherNetworks?: string[];
  media?: string[];
  keywords?: string[];
  needs?: string;
  painPoints?: string;
}

const COMPETITOR_FIELDS = {
  website: /^Website/,
  overlap: /^What overlaps with your offerings/,
  revenueModel: /^How they make money/,
  channels: /^Channels and strategies that seem to work for them$/,
  notes: /^Notes/,
} as const;

const TAG_FIELDS = {
  otherNetworks: /^Other networks or communities/,
  media: /^Digital media they read, watch or listen to/,
  keywords: /^Keywords they would search for$/,
} as const;

/** Step 2 as a user sees it, in English: selectors go by role and label only. */
export class CompetitorsStep {
  constructor(readonly page: Page) {}

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/competitors`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Competitors and the digital profile of your target");
  }

  competitor(n: number): Locator {
    return this.page.getByRole("article", { name: new RegExp(`^Competitor ${n}:`) });
  }

  networks(): Locator {
    return this.page.getByRole("group", { name: "Social networks they use" });
  }

  /** The entries already added to a tag field, each with its remove button. */
  tags(field: keyof typeof TAG_FIELDS): Locator {
    return addedEntries(this.page.getByLabel(TAG_FIELDS[field]));
  }

  async addCompetitor(values: CompetitorValues): Promise<void> {
    const count = await this.page.getByRole("article", { name: /^Competitor \d+:/ }).count();
    await this.page.getByRole("button", { name: "+ Add competitor" }).click();
    await this.fillCompetitor(count + 1, values);
  }

  async fillCompetitor(n: number, values: CompetitorValues): Promise<void> {
    await this.competitor(n).getByLabel("Competitor name", { exact: true }).fill(values.name);
    // The heading follows the name, so find the card again by its new title.
    const card = this.competitor(n);
    for (const key of Object.keys(COMPETITOR_FIELDS) as (keyof typeof COMPETITOR_FIELDS)[]) {
      const value = values[key];
      if (value !== undefined) await card.getByLabel(COMPETITOR_FIELDS[key]).fill(value);
    }
  }

  async expectCompetitor(n: number, values: CompetitorValues): Promise<void> {
    const card = this.competitor(n);
    await expect(card.getByLabel("Competitor name", { exact: true })).toHaveValue(values.name);
    for (const key of Object.keys(COMPETITOR_FIELDS) as (keyof typeof COMPETITOR_FIELDS)[]) {
      const value = values[key];
      if (value !== undefined) await expect(card.getByLabel(COMPETITOR_FIELDS[key])).toHaveValue(value);
    }
  }

  async addTags(field: keyof typeof TAG_FIELDS, entries: readonly string[]): Promise<void> {
    await typeEntries(this.page.getByLabel(TAG_FIELDS[field]), entries);
  }

  async fillDigitalProfile(values: DigitalProfileValues): Promise<void> {
    for (const network of values.socialNetworks ?? []) await this.networks().getByLabel(network, { exact: true }).check();
    await this.addTags("otherNetworks", values.otherNetworks ?? []);
    await this.addTags("media", values.media ?? []);
    await this.addTags("keywords", values.keywords ?? []);
    if (values.needs !== undefined) await this.page.getByLabel("What they are looking for or need", { exact: true }).fill(values.needs);
    if (values.painPoints !== undefined) await this.page.getByLabel("Their main pain points", { exact: true }).fill(values.painPoints);
  }

  /** Checks the profile shows exactly these values (ticked networks in any order). */
  async expectDigitalProfile(values: DigitalProfileValues): Promise<void> {
    if (values.socialNetworks) {
      const ticked = this.networks().getByRole("checkbox", { checked: true });
      await expect(ticked).toHaveCount(values.socialNetworks.length);
      for (const network of values.socialNetworks) await expect(this.networks().getByLabel(network, { exact: true })).toBeChecked();
    }
    for (const field of Object.keys(TAG_FIELDS) as (keyof typeof TAG_FIELDS)[]) {
      const entries = values[field];
      if (!entries) continue;
      await expect(this.tags(field)).toHaveCount(entries.length);
      if (entries.length) await expect(this.tags(field)).toContainText([...entries]);
    }
    if (values.needs !== undefined)
      await expect(this.page.getByLabel("What they are looking for or need", { exact: true })).toHaveValue(values.needs);
    if (values.painPoints !== undefined)
      await expect(this.page.getByLabel("Their main pain points", { exact: true })).toHaveValue(values.painPoints);
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(this.page.getByRole("status")).toContainText("Saved.");
  }
}
