import { expect, type Locator, type Page } from "@playwright/test";
import { addedEntries, typeEntries } from "./tag-input";

type Generation = "silent" | "boomers" | "gen_x" | "millennials" | "gen_z";

/** Step 3's answers as an owner types them; every field is optional here. */
export interface DemographicsValues {
  ageMin?: string;
  ageMax?: string;
  generations?: Generation[];
  /** Inclusive choices are ticked ("Women", "Non-binary people"...); anything else is typed. */
  genders?: string[];
  locations?: string[];
  household?: string;
  occupation?: string;
  economicLevel?: string;
  educationLevel?: string;
  languages?: string[];
  valuesAndCustoms?: string;
}

const GENERATION_LABELS: Record<Generation, RegExp> = {
  silent: /^Silent Generation/,
  boomers: /^Baby Boomers/,
  gen_x: /^Generation X/,
  millennials: /^Millennials/,
  gen_z: /^Generation Z/,
};

const GENDER_CHOICES = ["Women", "Men", "Non-binary people", "All genders"];

const TEXT_FIELDS = {
  ageMin: /^Youngest age/,
  ageMax: /^Oldest age/,
  household: /^Household and family situation/,
  occupation: /^Occupation/,
  economicLevel: /^Economic level/,
  educationLevel: /^Education level/,
  valuesAndCustoms: /^Values and customs/,
} as const;

const TAG_FIELDS = {
  genders: /^Gender/,
  locations: /^Locations/,
  languages: /^Languages/,
} as const;

/** Step 3 as a user sees it, in English: selectors go by role and label only. */
export class DemographicsStep {
  constructor(readonly page: Page) {}

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/demographics`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Demographic and sociocultural profile");
  }

  field(name: keyof typeof TEXT_FIELDS | keyof typeof TAG_FIELDS): Locator {
    return this.page.getByLabel({ ...TEXT_FIELDS, ...TAG_FIELDS }[name]);
  }

  generation(id: Generation): Locator {
    return this.page.getByRole("checkbox", { name: GENERATION_LABELS[id] });
  }

  /** The entries already added to a tag field. */
  tags(field: keyof typeof TAG_FIELDS): Locator {
    return addedEntries(this.field(field));
  }

  async addTags(field: keyof typeof TAG_FIELDS, entries: readonly string[]): Promise<void> {
    for (const entry of entries) {
      if (field === "genders" && GENDER_CHOICES.includes(entry)) {
        await this.page.getByRole("checkbox", { name: entry, exact: true }).check();
      } else {
        await typeEntries(this.field(field), [entry]);
      }
    }
  }

  /** Fills what `values` gives, leaving the other fields as they are. */
  async fill(values: DemographicsValues): Promise<void> {
    for (const key of Object.keys(TEXT_FIELDS) as (keyof typeof TEXT_FIELDS)[]) {
      const value = values[key];
      if (value !== undefined) await this.field(key).fill(value);
    }
    for (const generation of values.generations ?? []) await this.generation(generation).check();
    for (const key of Object.keys(TAG_FIELDS) as (keyof typeof TAG_FIELDS)[]) {
      const entries = values[key];
      if (entries) await this.addTags(key, entries);
    }
  }

  /** Checks that every value given is what the form shows. */
  async expectValues(values: DemographicsValues): Promise<void> {
    for (const key of Object.keys(TEXT_FIELDS) as (keyof typeof TEXT_FIELDS)[]) {
      const value = values[key];
      if (value !== undefined) await expect(this.field(key)).toHaveValue(value);
    }
    if (values.generations) {
      for (const id of Object.keys(GENERATION_LABELS) as Generation[]) {
        if (values.generations.includes(id)) await expect(this.generation(id)).toBeChecked();
        else await expect(this.generation(id)).not.toBeChecked();
      }
    }
    for (const key of Object.keys(TAG_FIELDS) as (keyof typeof TAG_FIELDS)[]) {
      const entries = values[key];
      if (entries) await expect(this.tags(key)).toHaveText(entries.map((e) => new RegExp(`^${e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)));
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(this.page.getByRole("status")).toContainText("Saved.");
  }
}

/** The handmade guitar shop's target, for the full-wizard test and this step's own spec. */
export const GUITAR_SHOP_DEMOGRAPHICS: DemographicsValues = {
  ageMin: "18",
  ageMax: "60",
  generations: ["gen_x", "millennials", "gen_z"],
  genders: ["All genders"],
  locations: ["Seville", "Andalusia", "Online across Spain"],
  household: "Young players living with parents or sharing flats; older musicians settled, some with children who play",
  occupation: "Students, session musicians and professionals who play in their free time",
  economicLevel: "Tight budgets for the entry models; upper-middle income for the premium guitars",
  educationLevel: "Secondary school to university; several with conservatory years",
  languages: ["Spanish", "English"],
  valuesAndCustoms: "They prize craft over big brands, go to small local gigs and want to meet the luthier",
};
