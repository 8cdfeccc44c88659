import { describe, expect, it } from "vitest";
import { MUSIC_SCHOOL_B2B } from "@/lib/testing/b2b-persona";
import { committeeLines, EMPTY_B2B, hasB2bAnswers, personaB2bSchema } from "./persona-b2b";

/** The field-error codes of a parse, by path. */
function errorsOf(value: unknown): Record<string, string | undefined> {
  const result = personaB2bSchema.safeParse(value);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("a persona's company (B2B)", () => {
  it("accepts the music school's buyer and an empty record", () => {
    expect(personaB2bSchema.parse(MUSIC_SCHOOL_B2B)).toEqual(MUSIC_SCHOOL_B2B);
    expect(personaB2bSchema.parse(EMPTY_B2B)).toEqual(EMPTY_B2B);
  });

  it("trims the written answers", () => {
    expect(personaB2bSchema.parse({ ...EMPTY_B2B, industry: "  Retail  ", jobTitle: " Buyer\n" }).industry).toBe("Retail");
  });

  it("names each field that is too long", () => {
    expect(errorsOf({ industry: "x".repeat(121), companySize: "", jobTitle: "y".repeat(121), committee: "z".repeat(1001) })).toEqual({
      industry: "too_long:120",
      jobTitle: "too_long:120",
      committee: "too_long:1000",
    });
  });

  it("refuses a size outside the bands and text PostgreSQL cannot store", () => {
    expect(errorsOf({ ...EMPTY_B2B, companySize: "1000_plus", jobTitle: "a\u0000b" })).toEqual({
      companySize: "invalid",
      jobTitle: "invalid",
    });
  });

  it("knows whether unticking would lose anything", () => {
    expect(hasB2bAnswers(null)).toBe(false);
    expect(hasB2bAnswers(EMPTY_B2B)).toBe(false);
    expect(hasB2bAnswers({ ...EMPTY_B2B, committee: "   " })).toBe(false);
    expect(hasB2bAnswers({ ...EMPTY_B2B, companySize: "solo" })).toBe(true);
    expect(hasB2bAnswers(MUSIC_SCHOOL_B2B)).toBe(true);
  });

  it("splits the committee into its written lines", () => {
    expect(committeeLines(" Owner — signs off \r\n\n  \nTeachers — test them")).toEqual(["Owner — signs off", "Teachers — test them"]);
  });
});
