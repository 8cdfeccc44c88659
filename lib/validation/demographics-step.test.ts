import { describe, expect, it } from "vitest";
import {
  birthYearsFor,
  birthYearsMessage,
  demographicsStepMissing,
  demographicsStepSchema,
  EMPTY_DEMOGRAPHICS,
  GENDER_MAX_LENGTH,
  isDemographicsStepComplete,
  OCCUPATION_MAX_LENGTH,
  sortGenerations,
  type DemographicsProfile,
  type DemographicsStepInput,
} from "./demographics-step";
import { MAX_TAGS } from "./tags";

/** The handmade guitar shop's target, as an owner might fill it in. */
const guitarShop: DemographicsProfile = {
  ageMin: 35,
  ageMax: 60,
  generations: ["gen_x", "millennials"],
  genders: ["All genders"],
  locations: ["Seville", "Andalusia", "Online, Spain-wide"],
  household: "Settled, often with teenage children who also play",
  occupation: "Professionals and teachers who play in their free time",
  economicLevel: "Middle to upper-middle income; saves for a lifetime instrument",
  educationLevel: "Mostly university; some conservatory training",
  languages: ["Spanish", "English"],
  valuesAndCustoms: "Value craft over brands, go to local concerts, like to meet the maker",
};

const step = (overrides: Partial<DemographicsStepInput> = {}): DemographicsStepInput => ({ version: 2, ...guitarShop, ...overrides });

/** The error codes by field path, as the action reports them. */
function errorsOf(input: unknown): Record<string, string> {
  const result = demographicsStepSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("demographicsStepSchema", () => {
  it("accepts a full profile and an empty one", () => {
    expect(demographicsStepSchema.parse(step())).toEqual(step());
    expect(demographicsStepSchema.safeParse({ version: 0, ...EMPTY_DEMOGRAPHICS }).success).toBe(true);
  });

  it("trims text and tags", () => {
    const parsed = demographicsStepSchema.parse(step({ occupation: "  Nurses  ", locations: [" Madrid "], genders: [" Women "] }));
    expect(parsed.occupation).toBe("Nurses");
    expect(parsed.locations).toEqual(["Madrid"]);
    expect(parsed.genders).toEqual(["Women"]);
  });

  it("checks the ages: whole numbers from 0 to 120 or empty", () => {
    expect(errorsOf(step({ ageMin: 20.5 }))).toEqual({ ageMin: "invalid_number" });
    expect(errorsOf(step({ ageMin: Number.NaN }))).toEqual({ ageMin: "invalid_number" });
    expect(errorsOf(step({ ageMax: 121 }))).toEqual({ ageMax: "out_of_range" });
    expect(errorsOf(step({ ageMin: -1 }))).toEqual({ ageMin: "out_of_range" });
    expect(errorsOf(step({ ageMin: "30" as never }))).toEqual({ ageMin: "invalid_number" });
    expect(errorsOf(step({ ageMin: 0, ageMax: 120 }))).toEqual({});
    expect(errorsOf(step({ ageMin: null, ageMax: 40 }))).toEqual({});
    expect(errorsOf(step({ ageMin: 18, ageMax: null }))).toEqual({});
  });

  it("refuses a minimum age above the maximum, on the maximum, even alongside other errors", () => {
    expect(errorsOf(step({ ageMin: 50, ageMax: 30 }))).toEqual({ ageMax: "age_order" });
    expect(errorsOf(step({ ageMin: 30, ageMax: 30 }))).toEqual({});
    expect(errorsOf(step({ ageMin: 50, ageMax: 30, occupation: "x".repeat(OCCUPATION_MAX_LENGTH + 1) }))).toEqual({
      ageMax: "age_order",
      occupation: `too_long:${OCCUPATION_MAX_LENGTH}`,
    });
  });

  it("accepts only the known generations, each once", () => {
    expect(errorsOf(step({ generations: ["silent", "boomers", "gen_x", "millennials", "gen_z"] }))).toEqual({});
    expect(errorsOf(step({ generations: ["gen_alpha" as never] }))).toEqual({ "generations.0": "invalid" });
    expect(errorsOf(step({ generations: ["gen_x", "gen_x"] }))).toEqual({ generations: "duplicate" });
    expect(errorsOf(step({ generations: "gen_x" as never }))).toEqual({ generations: "invalid" });
  });

  it("keeps gender optional and open: any words, none at all", () => {
    expect(errorsOf(step({ genders: [] }))).toEqual({});
    expect(errorsOf(step({ genders: ["Mujeres", "Personas no binarias", "Two-spirit"] }))).toEqual({});
    expect(errorsOf(step({ genders: ["x".repeat(GENDER_MAX_LENGTH + 1)] }))).toEqual({ "genders.0": `too_long:${GENDER_MAX_LENGTH}` });
    expect(errorsOf(step({ genders: ["Women", " women "] }))).toEqual({ genders: "duplicate" });
  });

  it("limits lengths and counts of the lists and texts", () => {
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `City ${i}`);
    expect(errorsOf(step({ locations: many.slice(0, MAX_TAGS) }))).toEqual({});
    expect(errorsOf(step({ locations: many }))).toEqual({ locations: `too_many:${MAX_TAGS}` });
    expect(errorsOf(step({ languages: ["", "Catalan"] }))).toEqual({ "languages.0": "required" });
    expect(errorsOf(step({ languages: ["x".repeat(81)] }))).toEqual({ "languages.0": "too_long:80" });
    expect(errorsOf(step({ household: "x".repeat(601) }))).toEqual({ household: "too_long:600" });
    expect(errorsOf(step({ valuesAndCustoms: "x".repeat(2001) }))).toEqual({ valuesAndCustoms: "too_long:2000" });
  });

  it("refuses characters the database cannot store as sent", () => {
    expect(errorsOf(step({ economicLevel: "a\u0000b" }))).toEqual({ economicLevel: "invalid" });
    expect(errorsOf(step({ locations: ["lone \ud800"] }))).toEqual({ "locations.0": "invalid" });
    expect(errorsOf(step({ valuesAndCustoms: "Fútbol ⚽ y familia 👨‍👩‍👧" }))).toEqual({});
  });

  it("refuses wrong shapes and missing fields", () => {
    expect(errorsOf({ ...step(), version: -1 })).toHaveProperty("version");
    const withoutOccupation: Record<string, unknown> = { ...step() };
    delete withoutOccupation.occupation;
    expect(errorsOf(withoutOccupation)).toEqual({ occupation: "invalid" });
    expect(errorsOf(step({ locations: "Seville" as never }))).toEqual({ locations: "invalid" });
    expect(errorsOf(null)).toHaveProperty("");
  });
});

describe("demographicsStepMissing", () => {
  it("lists everything required for an empty profile, never gender", () => {
    expect(demographicsStepMissing(EMPTY_DEMOGRAPHICS).map((m) => m.code)).toEqual([
      "noAgeRange",
      "noLocation",
      "noOccupation",
      "noEconomicLevel",
      "noValuesAndCustoms",
    ]);
  });

  it("is complete without gender, household, education or languages", () => {
    const lean = { ...guitarShop, genders: [], household: "", educationLevel: "", languages: [] };
    expect(demographicsStepMissing(lean)).toEqual([]);
    expect(isDemographicsStepComplete(lean)).toBe(true);
  });

  it("takes one age bound or a generation as the age frame", () => {
    const noAge = { ...guitarShop, ageMin: null, ageMax: null, generations: [] };
    expect(demographicsStepMissing(noAge)).toEqual([{ code: "noAgeRange" }]);
    expect(demographicsStepMissing({ ...noAge, ageMin: 18 })).toEqual([]);
    expect(demographicsStepMissing({ ...noAge, ageMax: 30 })).toEqual([]);
    expect(demographicsStepMissing({ ...noAge, generations: ["boomers"] })).toEqual([]);
  });

  it("treats blank text as missing", () => {
    expect(demographicsStepMissing({ ...guitarShop, occupation: "  ", valuesAndCustoms: " " }).map((m) => m.code)).toEqual([
      "noOccupation",
      "noValuesAndCustoms",
    ]);
  });
});

describe("sortGenerations", () => {
  it("puts the ticked generations in the method's order", () => {
    expect(sortGenerations(["gen_z", "silent", "millennials"])).toEqual(["silent", "millennials", "gen_z"]);
    expect(sortGenerations([])).toEqual([]);
  });
});

describe("birthYearsFor", () => {
  it("turns an age range into the birth years it covers", () => {
    expect(birthYearsFor(25, 40, 2026)).toEqual({ from: 1985, to: 2001 });
    expect(birthYearsFor(null, 30, 2026)).toEqual({ from: 1995, to: null });
    expect(birthYearsFor(65, null, 2026)).toEqual({ from: null, to: 1961 });
    expect(birthYearsFor(null, null, 2026)).toBeNull();
  });
});

describe("birthYearsMessage", () => {
  it("words the same years as birthYearsFor, and nothing for an open or upside-down range", () => {
    expect(birthYearsMessage(12, 65, 2026)).toEqual({ key: "range", values: { from: 1960, to: 2014 } });
    expect(birthYearsMessage(null, 30, 2026)).toEqual({ key: "from", values: { from: 1995 } });
    expect(birthYearsMessage(65, null, 2026)).toEqual({ key: "to", values: { to: 1961 } });
    expect(birthYearsMessage(null, null, 2026)).toBeNull();
    expect(birthYearsMessage(40, 20, 2026)).toBeNull();
  });
});
