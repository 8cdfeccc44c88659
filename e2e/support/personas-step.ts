import { expect, type Locator, type Page } from "@playwright/test";
import type { Generation } from "./demographics-step";
import { startingWith, TextFields } from "./form-fields";
import { StepPage } from "./step-page";
import { addedEntries, expectEntries, typeEntries } from "./tag-input";

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
const TEXT_FIELDS = new TextFields({
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
});

const LIST_FIELDS = {
  goals: /^Goals/,
  jobs: /^Jobs to be done/,
  pains: /^Pains/,
  gains: /^Gains/,
  channels: /^Channels/,
} as const;

/** Step 4 as a user sees it, in English. */
export class PersonasStep extends StepPage {
  constructor(page: Page) {
    super(page, "personas", { heading: "Buyer personas, offering by offering", stepper: "Buyer personas" });
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
    await TEXT_FIELDS.fill(card, values);
    if (values.generation) await card.getByLabel(/^Generation/).selectOption(values.generation);
    for (const key of Object.keys(LIST_FIELDS) as (keyof typeof LIST_FIELDS)[]) {
      await typeEntries(card.getByLabel(LIST_FIELDS[key]), values[key] ?? []);
    }
    if (values.decisionRole) await card.getByRole("radio", { name: startingWith(values.decisionRole) }).check();
    if (values.needsIntermediary !== undefined)
      await card.getByRole("checkbox", { name: "An intermediary must also be convinced" }).setChecked(values.needsIntermediary);
  }

  /** Removes a persona from the form, confirming the card's own question; nothing is saved yet. */
  async removePersona(name: string): Promise<void> {
    await this.page.getByRole("button", { name: `Remove persona ${name}` }).click();
    await this.page
      .getByRole("dialog", { name: `Remove “${name}”?` })
      .getByRole("button", { name: "Remove persona" })
      .click();
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
    await TEXT_FIELDS.expect(card, values);
    if (values.generation) await expect(card.getByLabel(/^Generation/)).toHaveValue(values.generation);
    for (const key of Object.keys(LIST_FIELDS) as (keyof typeof LIST_FIELDS)[]) {
      const entries = values[key];
      if (entries) await expectEntries(card.getByLabel(LIST_FIELDS[key]), entries);
    }
    if (values.decisionRole) await expect(card.getByRole("radio", { name: startingWith(values.decisionRole) })).toBeChecked();
    if (values.needsIntermediary !== undefined) {
      const box = card.getByRole("checkbox", { name: "An intermediary must also be convinced" });
      await (values.needsIntermediary ? expect(box).toBeChecked() : expect(box).not.toBeChecked());
    }
  }
}
