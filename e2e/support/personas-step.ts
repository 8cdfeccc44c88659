import { expect, type Locator, type Page } from "@playwright/test";
import { addedEntries, typeEntries } from "./tag-input";

type Generation = "silent" | "boomers" | "gen_x" | "millennials" | "gen_z";
type DecisionRole = "Buyer" | "Influencer" | "Decision maker" | "End user" | "Saboteur";

/** A persona as an owner types it in step 4; everything but the offering and name is optional. */
export interface PersonaValues {
  offering: string;
  name: string;
  description?: string;
  ageMin?: string;
  ageMax?: string;
  gender?: string;
  location?: string;
  occupation?: string;
  generation?: Generation;
  goals?: string[];
  jobs?: string[];
  pains?: string[];
  gains?: string[];
  needs?: string;
  motivations?: string;
  ideals?: string;
  decisionRole?: DecisionRole;
  needsIntermediary?: boolean;
  channels?: string[];
  attractingContent?: string;
  objections?: string;
}

// Labels may carry an "(optional)" suffix, so they are matched from their start.
const TEXT_FIELDS = {
  description: /^Short description/,
  ageMin: /^Age from/,
  ageMax: /^Age to/,
  gender: /^Gender/,
  location: /^Where they live/,
  occupation: /^Occupation/,
  needs: /^Needs \(functional\)/,
  motivations: /^Motivations \(emotional\)/,
  ideals: /^Ideals \(aspirational\)/,
  attractingContent: /^Content that attracts them/,
  objections: /^Objections, and what would make them buy/,
} as const;

const LIST_FIELDS = {
  goals: /^Goals/,
  jobs: /^Jobs to be done/,
  pains: /^Pains/,
  gains: /^Gains/,
  channels: /^Channels/,
} as const;

/** Step 4 as a user sees it, in English: selectors go by role and label only. */
export class PersonasStep {
  constructor(readonly page: Page) {}

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/personas`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Buyer personas, offering by offering");
  }

  persona(offering: string, name: string): Locator {
    return this.page.getByRole("article", { name: `${offering}: ${name}` });
  }

  /** The entries already added to one of a persona's lists. */
  listItems(card: Locator, field: keyof typeof LIST_FIELDS): Locator {
    return addedEntries(card.getByLabel(LIST_FIELDS[field]));
  }

  async addPersona(values: PersonaValues): Promise<Locator> {
    await this.page.getByRole("button", { name: `Add a persona for ${values.offering}` }).click();
    await this.persona(values.offering, "Unnamed persona").getByLabel("Persona name").fill(values.name);
    // The heading follows the name, so find the card again by its new title.
    const card = this.persona(values.offering, values.name);
    await this.fill(card, values);
    return card;
  }

  async fill(card: Locator, values: PersonaValues): Promise<void> {
    for (const key of Object.keys(TEXT_FIELDS) as (keyof typeof TEXT_FIELDS)[]) {
      const value = values[key];
      if (value !== undefined) await card.getByLabel(TEXT_FIELDS[key]).fill(value);
    }
    if (values.generation) await card.getByLabel(/^Generation/).selectOption(values.generation);
    for (const key of Object.keys(LIST_FIELDS) as (keyof typeof LIST_FIELDS)[]) {
      await typeEntries(card.getByLabel(LIST_FIELDS[key]), values[key] ?? []);
    }
    if (values.decisionRole) await card.getByRole("radio", { name: new RegExp(`^${values.decisionRole}`) }).check();
    if (values.needsIntermediary !== undefined)
      await card.getByRole("checkbox", { name: "An intermediary must also be convinced" }).setChecked(values.needsIntermediary);
  }

  /** Saved personas of a long list start folded: opens a card's details when they are hidden. */
  async showDetails(card: Locator): Promise<void> {
    const toggle = card.getByRole("button", { name: /^Show details:/ });
    if (await toggle.count()) await toggle.click();
  }

  async expectPersona(values: PersonaValues): Promise<void> {
    const card = this.persona(values.offering, values.name);
    await this.showDetails(card);
    await expect(card.getByLabel("Persona name")).toHaveValue(values.name);
    for (const key of Object.keys(TEXT_FIELDS) as (keyof typeof TEXT_FIELDS)[]) {
      const value = values[key];
      if (value !== undefined) await expect(card.getByLabel(TEXT_FIELDS[key])).toHaveValue(value);
    }
    if (values.generation) await expect(card.getByLabel(/^Generation/)).toHaveValue(values.generation);
    for (const key of Object.keys(LIST_FIELDS) as (keyof typeof LIST_FIELDS)[]) {
      const entries = values[key];
      if (entries) await expect(this.listItems(card, key)).toHaveText(entries.map((e) => new RegExp(`^${escape(e)}`)));
    }
    if (values.decisionRole) await expect(card.getByRole("radio", { name: new RegExp(`^${values.decisionRole}`) })).toBeChecked();
    if (values.needsIntermediary !== undefined) {
      const box = card.getByRole("checkbox", { name: "An intermediary must also be convinced" });
      await (values.needsIntermediary ? expect(box).toBeChecked() : expect(box).not.toBeChecked());
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(this.page.getByRole("status")).toContainText("Saved.");
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
