import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import type { MissingItem } from "@/lib/wizard/missing";
import { GENERATIONS, personaSchema, type Generation } from "./personas-step";
import { ageOrder } from "./age-order";
import { MAX_TAGS, TAG_MAX_LENGTH } from "./tags";
import { requiredText, text } from "./text";

/**
 * Inclusive gender choices offered ready-made. They are stored as these codes, beside any
 * entry typed by hand, and translated wherever they are shown (lib/wizard/choice-labels.ts),
 * so a plan read in another language never shows the words of the one it was written in.
 */
export const GENDER_SUGGESTIONS = ["women", "men", "nonBinary", "allGenders"] as const;
export type GenderSuggestion = (typeof GENDER_SUGGESTIONS)[number];

/** Gender entries are short: step 4 joins them into a field of 60 characters. */
export const GENDER_MAX_LENGTH = 40;
/** Same limit as a persona's occupation, so step 4 can copy it whole. */
export const OCCUPATION_MAX_LENGTH = 120;
export const SHORT_TEXT_MAX_LENGTH = 600;
export const VALUES_MAX_LENGTH = 2000;

// The same whole-number ages, 0 to 120 or empty, as a persona's.
const age = personaSchema.shape.ageMin;

const isUnique = (items: readonly string[]) => new Set(items.map((i) => i.toLocaleLowerCase())).size === items.length;

// Duplicates are compared without case or surrounding spaces, as the tag input does.
const tags = (maxLength: number) =>
  z
    .array(requiredText(maxLength), fieldError("invalid"))
    .check(z.maxLength(MAX_TAGS, fieldError("too_many", MAX_TAGS)), z.refine(isUnique, fieldError("duplicate")));

export const demographicsStepSchema = z
  .object({
    version: z.number().check(z.int(), z.gte(0)),
    ageMin: age,
    ageMax: age,
    generations: z
      .array(z.enum(GENERATIONS, fieldError("invalid")), fieldError("invalid"))
      .check(z.maxLength(GENERATIONS.length, fieldError("too_many", GENERATIONS.length)), z.refine(isUnique, fieldError("duplicate"))),
    genders: tags(GENDER_MAX_LENGTH),
    locations: tags(TAG_MAX_LENGTH),
    household: text(SHORT_TEXT_MAX_LENGTH),
    occupation: text(OCCUPATION_MAX_LENGTH),
    economicLevel: text(SHORT_TEXT_MAX_LENGTH),
    educationLevel: text(SHORT_TEXT_MAX_LENGTH),
    languages: tags(TAG_MAX_LENGTH),
    valuesAndCustoms: text(VALUES_MAX_LENGTH),
  })
  .check(ageOrder());

export type DemographicsStepInput = z.infer<typeof demographicsStepSchema>;
export type DemographicsProfile = Omit<DemographicsStepInput, "version">;

export const EMPTY_DEMOGRAPHICS: DemographicsProfile = {
  ageMin: null,
  ageMax: null,
  generations: [],
  genders: [],
  locations: [],
  household: "",
  occupation: "",
  economicLevel: "",
  educationLevel: "",
  languages: [],
  valuesAndCustoms: "",
};

/** Generations in the order the method lists them, whatever order they were ticked in. */
export function sortGenerations(generations: readonly Generation[]): Generation[] {
  return GENERATIONS.filter((g) => generations.includes(g));
}

/**
 * What keeps step 3 from being complete. The method asks for the basic demographic frame
 * (how old, where, what they do) and, on the sociocultural side, the economic level and
 * the values and customs, which shape tone and price. A generation counts as an age frame.
 * Gender is never required; household, education and languages are optional refinements.
 */
export function demographicsStepMissing(profile: DemographicsProfile): MissingItem<"demographics">[] {
  const missing: MissingItem<"demographics">[] = [];
  if (profile.ageMin === null && profile.ageMax === null && profile.generations.length === 0) missing.push({ code: "noAgeRange" });
  if (profile.locations.length === 0) missing.push({ code: "noLocation" });
  if (profile.occupation.trim() === "") missing.push({ code: "noOccupation" });
  if (profile.economicLevel.trim() === "") missing.push({ code: "noEconomicLevel" });
  if (profile.valuesAndCustoms.trim() === "") missing.push({ code: "noValuesAndCustoms" });
  return missing;
}

export function isDemographicsStepComplete(profile: DemographicsProfile): boolean {
  return demographicsStepMissing(profile).length === 0;
}

/**
 * The birth years an age range covers in a given year, for a hint next to the generations
 * ("people aged 25-40 were born 1985-2000"). Null while the range is open on both ends.
 */
export function birthYearsFor(
  ageMin: number | null,
  ageMax: number | null,
  year: number,
): { from: number | null; to: number | null } | null {
  if (ageMin === null && ageMax === null) return null;
  return { from: ageMax === null ? null : year - ageMax - 1, to: ageMin === null ? null : year - ageMin };
}

/**
 * The one wording rule for those years, as a message of the "birthYears" group and its
 * values: the step 3 hint and every download print it, so they always give the same years.
 * Null when there is nothing to say, or the range is upside down (the form says so instead).
 */
export function birthYearsMessage(
  ageMin: number | null,
  ageMax: number | null,
  year: number,
):
  | { key: "range"; values: { from: number; to: number } }
  | { key: "from"; values: { from: number } }
  | { key: "to"; values: { to: number } }
  | null {
  if (ageMin !== null && ageMax !== null && ageMin > ageMax) return null;
  const years = birthYearsFor(ageMin, ageMax, year);
  if (years?.from != null && years.to != null) return { key: "range", values: { from: years.from, to: years.to } };
  if (years?.from != null) return { key: "from", values: { from: years.from } };
  if (years?.to != null) return { key: "to", values: { to: years.to } };
  return null;
}
