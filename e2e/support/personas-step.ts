import { expect, type Locator, type Page } from "@playwright/test";
import type { Generation } from "./demographics-step";
import { escapeRegExp, startingWith, TextFields } from "./form-fields";
import { addChannel } from "./channels";
import { formReady, StepPage } from "./step-page";
import { addedEntries, expectEntries, typeEntries } from "./tag-input";

const DECISION_ROLES = ["Buyer", "Influencer", "Decision maker", "End user", "Saboteur"] as const;
type DecisionRole = (typeof DECISION_ROLES)[number];

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
  /** Every part the persona plays; the others are left unticked. */
  decisionRoles?: DecisionRole[];
  needsIntermediary?: boolean;
  /** Channels to tick, by the name step 2 shows; one the project lacks is added from the step. */
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
} as const;

// The persona view's sections, in order, with the fields each holds (as PersonaValues keys).
const SECTIONS: { title: string; fields: (keyof PersonaValues)[] }[] = [
  { title: "1. Who they are", fields: ["name", "description", "ageMin", "ageMax", "gender", "location", "occupation", "generation"] },
  { title: "2. What they want", fields: ["goals", "jobs", "pains", "gains", "needs", "motivations", "ideals"] },
  { title: "5. How they decide", fields: ["decisionRoles", "needsIntermediary", "objections"] },
  { title: "6. Where to reach them", fields: ["channels", "attractingContent"] },
];

/** The values of one section, or undefined when `values` give none of its fields. */
function part(values: Partial<PersonaValues>, keys: (keyof PersonaValues)[]): Partial<PersonaValues> | undefined {
  const picked = Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]));
  return Object.keys(picked).length ? picked : undefined;
}

/**
 * Step 4 as a user sees it, in English: a list of persona cards per offering, and one
 * persona at a time, in sections. Changes save themselves a moment after typing.
 */
export class PersonasStep extends StepPage {
  constructor(page: Page) {
    super(page, "personas", { heading: "Buyer personas, offering by offering", stepper: "Buyer personas" });
  }

  /** A persona's card in the list. */
  persona(offering: string, name: string): Locator {
    return this.page.getByRole("article", { name: `${offering}: ${name}` });
  }

  /** The view of one persona, titled like its card. */
  editor(offering: string, name: string): Locator {
    return this.page.getByRole("region", { name: `${offering}: ${name}` });
  }

  /** The "Journey stages" card of the list, where the project's stages are edited. */
  stagesCard(): Locator {
    return this.page.getByRole("region", { name: "Journey stages" });
  }

  /** Adds a stage at the end of the list, then moves it up `up` places. */
  async addStage(name: string, up = 0): Promise<void> {
    await this.backToList();
    const card = this.stagesCard();
    await card.getByRole("textbox", { name: "New stage" }).fill(name);
    await card.getByRole("button", { name: "+ Add a stage" }).click();
    for (let i = 0; i < up; i++) await card.getByRole("button", { name: `Move stage “${name}” up` }).click();
  }

  /** The line that says whether everything is saved. */
  autosaveStatus(): Locator {
    return this.page.getByRole("status").filter({ hasText: /saved|Saving/ });
  }

  /** Waits until autosave has stored every change. */
  async save(): Promise<void> {
    await expect(this.autosaveStatus()).toHaveText("All changes saved.");
  }

  /** From a persona's view back to the list; nothing happens on the list already. */
  async backToList(): Promise<void> {
    const back = this.page.getByRole("link", { name: "All personas", exact: true });
    await formReady(this.page);
    if (await back.count()) await back.click();
    await expect(this.page.getByRole("navigation", { name: "Parts of this persona" })).toHaveCount(0);
  }

  /** Opens a persona from its card (Edit, or View for those who may only read). */
  async open(offering: string, name: string): Promise<Locator> {
    await this.backToList();
    await this.persona(offering, name)
      .getByRole("link", { name: new RegExp(`^(Edit|View) ${escapeRegExp(name)}$`) })
      .click();
    const editor = this.editor(offering, name);
    await expect(editor).toBeVisible();
    return editor;
  }

  /** Goes to a section of the persona open in `editor` by its title ("2. What they want"). */
  async section(editor: Locator, title: string): Promise<void> {
    const link = editor.getByRole("navigation", { name: "Parts of this persona" }).getByRole("link", { name: startingWith(title) });
    await link.click();
    await expect(link).toHaveAttribute("aria-current", "step");
  }

  /** The entries already added to one of a persona's lists (its section must be showing). */
  listItems(editor: Locator, field: keyof typeof LIST_FIELDS): Locator {
    return addedEntries(editor.getByLabel(LIST_FIELDS[field]));
  }

  /** Adds a persona by name from the list and fills in the rest; the page ends on its view. */
  async addPersona(values: PersonaValues): Promise<Locator> {
    await this.backToList();
    await this.page.getByLabel(`Name of a new persona for ${values.offering}`).fill(values.name);
    await this.page.getByRole("button", { name: `Add a persona for ${values.offering}` }).click();
    const editor = this.editor(values.offering, values.name);
    // The view opens through the router: until it shows, the list (and "All personas") is
    // still what a next step would find.
    await expect(editor).toBeVisible();
    await this.fill(editor, { ...values, name: undefined });
    return editor;
  }

  /** Fills the given values of the persona open in `editor`, section by section. */
  async fill(editor: Locator, values: Partial<PersonaValues>): Promise<void> {
    for (const [i, section] of SECTIONS.entries()) {
      const v = part(values, section.fields);
      if (!v) continue;
      if (i > 0 || (await editor.getByLabel("Persona name").count()) === 0) await this.section(editor, section.title);
      if (v.name !== undefined) await editor.getByLabel("Persona name").fill(v.name);
      await TEXT_FIELDS.fill(editor, v);
      if (v.generation) await editor.getByLabel(/^Generation/).selectOption(v.generation);
      for (const key of Object.keys(LIST_FIELDS) as (keyof typeof LIST_FIELDS)[]) {
        if (v[key]) await typeEntries(editor.getByLabel(LIST_FIELDS[key]), v[key]);
      }
      if (v.decisionRoles) await this.setRoles(editor, v.decisionRoles);
      if (v.needsIntermediary !== undefined)
        await editor.getByRole("checkbox", { name: "An intermediary must also be convinced" }).setChecked(v.needsIntermediary);
      for (const channel of v.channels ?? []) await this.pickChannel(editor, channel);
    }
  }

  /** A persona's buying-decision roles: one checkbox each, named by the role and its help. */
  roles(editor: Locator): Locator {
    return editor.getByRole("group", { name: /^Roles in the buying decision/ });
  }

  role(editor: Locator, role: DecisionRole): Locator {
    return this.roles(editor).getByRole("checkbox", { name: startingWith(role) });
  }

  /** Ticks exactly `roles`: the wanted ones first, so the list is never left empty on the way. */
  async setRoles(editor: Locator, roles: readonly DecisionRole[]): Promise<void> {
    for (const role of roles) await this.role(editor, role).check();
    for (const role of DECISION_ROLES.filter((r) => !roles.includes(r))) await this.role(editor, role).uncheck();
  }

  /** A persona's channels: the project's list, one checkbox each, with "Add a channel" below. */
  channels(editor: Locator): Locator {
    return editor.getByRole("group", { name: /^Channels/ });
  }

  /** Ticks a channel of the project's list, or adds it to the list (which ticks it) when missing. */
  async pickChannel(editor: Locator, name: string): Promise<void> {
    const box = this.channels(editor).getByRole("checkbox", { name, exact: true });
    if (await box.count()) await box.check();
    else await addChannel(this.channels(editor), name);
    await expect(box).toBeChecked();
  }

  /** Removes a persona from the list, confirming the card's own question. */
  async removePersona(name: string): Promise<void> {
    await this.backToList();
    await this.page.getByRole("button", { name: `Remove persona ${name}` }).click();
    await this.page
      .getByRole("dialog", { name: `Remove “${name}”?` })
      .getByRole("button", { name: "Remove persona" })
      .click();
  }

  /** Opens the persona and checks every value `values` gives, section by section; ends on the list. */
  async expectPersona(values: PersonaValues): Promise<void> {
    const editor = await this.open(values.offering, values.name);
    await expect(editor.getByLabel("Persona name")).toHaveValue(values.name);
    for (const [i, section] of SECTIONS.entries()) {
      const v = part(values, section.fields);
      if (!v) continue;
      if (i > 0) await this.section(editor, section.title);
      await TEXT_FIELDS.expect(editor, v);
      if (v.generation) await expect(editor.getByLabel(/^Generation/)).toHaveValue(v.generation);
      for (const key of Object.keys(LIST_FIELDS) as (keyof typeof LIST_FIELDS)[]) {
        if (v[key]) await expectEntries(editor.getByLabel(LIST_FIELDS[key]), v[key]);
      }
      if (v.channels) {
        await expect(this.channels(editor).getByRole("checkbox", { checked: true })).toHaveCount(v.channels.length);
        for (const channel of v.channels)
          await expect(this.channels(editor).getByRole("checkbox", { name: channel, exact: true })).toBeChecked();
      }
      if (v.decisionRoles) {
        await expect(this.roles(editor).getByRole("checkbox", { checked: true })).toHaveCount(v.decisionRoles.length);
        for (const role of v.decisionRoles) await expect(this.role(editor, role)).toBeChecked();
      }
      if (v.needsIntermediary !== undefined) {
        const box = editor.getByRole("checkbox", { name: "An intermediary must also be convinced" });
        await (v.needsIntermediary ? expect(box).toBeChecked() : expect(box).not.toBeChecked());
      }
    }
    await this.backToList();
  }
}
