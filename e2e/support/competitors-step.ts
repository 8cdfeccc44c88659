import { expect, type Locator, type Page } from "@playwright/test";
import { TextFields } from "./form-fields";
import { StepPage } from "./step-page";
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
  /** Labels of the ready-made networks and channels to tick, as shown ("Instagram", "Newsletter"). */
  socialNetworks?: string[];
  /** The project's own channels, typed by hand: the only place a channel is typed. */
  ownChannels?: string[];
  media?: string[];
  keywords?: string[];
  needs?: string;
  painPoints?: string;
}

const COMPETITOR_FIELDS = new TextFields({
  website: /^Website/,
  overlap: /^What overlaps with your offerings/,
  revenueModel: /^How they make money/,
  channels: /^Channels and strategies that seem to work for them$/,
  notes: /^Notes/,
});

const PROFILE_FIELDS = new TextFields({
  needs: /^What they are looking for or need$/,
  painPoints: /^Their main pain points$/,
});

const TAG_FIELDS = {
  ownChannels: /^Channels of your own/,
  media: /^Digital media they read, watch or listen to/,
  keywords: /^Keywords they would search for$/,
} as const;

/** Step 2 as a user sees it, in English. */
export class CompetitorsStep extends StepPage {
  constructor(page: Page) {
    super(page, "competitors", {
      heading: "Competitors and the digital profile of your target",
      stepper: "Competitors and digital profile",
    });
  }

  competitor(n: number): Locator {
    return this.numberedCard("Competitor", n);
  }

  /** The ready-made networks and channels, one checkbox each. */
  networks(): Locator {
    return this.page.getByRole("group", { name: "Channels where you can reach your target" });
  }

  /** The entries already added to a tag field, each with its remove button. */
  tags(field: keyof typeof TAG_FIELDS): Locator {
    return addedEntries(this.page.getByLabel(TAG_FIELDS[field]));
  }

  async addCompetitor(values: CompetitorValues): Promise<void> {
    await this.fillCompetitor(await this.addNumberedCard("Competitor", "+ Add competitor"), values);
  }

  async fillCompetitor(n: number, values: CompetitorValues): Promise<void> {
    await this.competitor(n).getByLabel("Competitor name", { exact: true }).fill(values.name);
    // The heading follows the name, so find the card again by its new title.
    await COMPETITOR_FIELDS.fill(this.competitor(n), values);
  }

  async expectCompetitor(n: number, values: CompetitorValues): Promise<void> {
    const card = this.competitor(n);
    await expect(card.getByLabel("Competitor name", { exact: true })).toHaveValue(values.name);
    await COMPETITOR_FIELDS.expect(card, values);
  }

  async addTags(field: keyof typeof TAG_FIELDS, entries: readonly string[]): Promise<void> {
    await typeEntries(this.page.getByLabel(TAG_FIELDS[field]), entries);
  }

  async fillDigitalProfile(values: DigitalProfileValues): Promise<void> {
    for (const network of values.socialNetworks ?? []) await this.networks().getByLabel(network, { exact: true }).check();
    for (const field of Object.keys(TAG_FIELDS) as (keyof typeof TAG_FIELDS)[]) await this.addTags(field, values[field] ?? []);
    await PROFILE_FIELDS.fill(this.page, values);
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
    await PROFILE_FIELDS.expect(this.page, values);
  }
}
