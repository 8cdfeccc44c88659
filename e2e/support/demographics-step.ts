import { expect, type Locator, type Page } from "@playwright/test";
import { TextFields } from "./form-fields";
import { StepPage } from "./step-page";
import { addedEntries, expectEntries, typeEntries } from "./tag-input";

export type Generation = "silent" | "boomers" | "gen_x" | "millennials" | "gen_z";

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

const TEXT_FIELDS = new TextFields({
  ageMin: /^Youngest age/,
  ageMax: /^Oldest age/,
  household: /^Household and family situation/,
  occupation: /^Occupation/,
  economicLevel: /^Economic level/,
  educationLevel: /^Education level/,
  valuesAndCustoms: /^Values and customs/,
});

const TAG_FIELDS = {
  genders: /^Gender/,
  locations: /^Locations/,
  languages: /^Languages/,
} as const;

/** Step 3 as a user sees it, in English. */
export class DemographicsStep extends StepPage {
  constructor(page: Page) {
    super(page, "demographics", {
      heading: "Demographic and sociocultural profile",
      stepper: "Demographic and sociocultural profile",
    });
  }

  field(name: keyof typeof TEXT_FIELDS.labels | keyof typeof TAG_FIELDS): Locator {
    return this.page.getByLabel({ ...TEXT_FIELDS.labels, ...TAG_FIELDS }[name]);
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
    await TEXT_FIELDS.fill(this.page, values);
    for (const generation of values.generations ?? []) await this.generation(generation).check();
    for (const key of Object.keys(TAG_FIELDS) as (keyof typeof TAG_FIELDS)[]) {
      const entries = values[key];
      if (entries) await this.addTags(key, entries);
    }
  }

  /** Checks that every value given is what the form shows. */
  async expectValues(values: DemographicsValues): Promise<void> {
    await TEXT_FIELDS.expect(this.page, values);
    if (values.generations) {
      for (const id of Object.keys(GENERATION_LABELS) as Generation[]) {
        if (values.generations.includes(id)) await expect(this.generation(id)).toBeChecked();
        else await expect(this.generation(id)).not.toBeChecked();
      }
    }
    for (const key of Object.keys(TAG_FIELDS) as (keyof typeof TAG_FIELDS)[]) {
      const entries = values[key];
      if (!entries) continue;
      // A ready-made gender is its ticked box and never also a chip; typed ones are chips.
      const choices = key === "genders" ? entries.filter((e) => GENDER_CHOICES.includes(e)) : [];
      for (const choice of choices) await expect(this.page.getByRole("checkbox", { name: choice, exact: true })).toBeChecked();
      await expectEntries(
        this.field(key),
        entries.filter((e) => !choices.includes(e)),
      );
    }
  }
}
