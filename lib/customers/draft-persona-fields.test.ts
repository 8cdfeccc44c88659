import { describe, expect, it } from "vitest";
import { blankPersona, PERSONA_TEXT_MAX, personaSchema } from "@/lib/validation/personas-step";
import { personaFieldsFromDraft, type PersonaDraftWords } from "./draft-persona-fields";
import { personGenderOf } from "./persona-gender";
import type { PersonaDraft } from "./segment-persona";

const WORDS: PersonaDraftWords = {
  name: (offering) => `Best customers of ${offering}`,
  behaviour: ({ days, orders, revenueCents, customers }) => `${days} days; ${orders} orders; ${revenueCents / 100} each; ${customers}.`,
  trait: (column, value) => `${column}: ${value}.`,
  gender: (code) => ({ women: "Women", men: "Men", nonBinary: "Non-binary people" })[code],
};

const DRAFT: PersonaDraft = {
  segment: "best",
  customers: 4,
  behaviour: { daysSinceLast: 12.5, ordersPerCustomer: 3, revenuePerCustomerCents: 4_500 },
  traits: [
    { column: "product", value: "Strings", share: 0.5 },
    { column: "city", value: "Lorca", share: 0.75 },
    { column: "gender", value: "Mujer", share: 0.5 },
    { column: "company", value: "Orquesta Sur", share: 0.5 },
  ],
  ageRange: { min: 30, max: 41 },
};

describe("personaFieldsFromDraft", () => {
  it("fills name, description, ages, gender and city, and records exactly those", () => {
    const { fields, fromData } = personaFieldsFromDraft(DRAFT, "Guitars", WORDS);
    expect(fields).toEqual({
      name: "Best customers of Guitars",
      description: "12.5 days; 3 orders; 45 each; 4. product: Strings. company: Orquesta Sur.",
      ageMin: 30,
      ageMax: 41,
      gender: "Women",
      location: "Lorca",
    });
    expect(fromData).toEqual({ segment: "best", customers: 4, fields: ["name", "description", "ageMin", "ageMax", "gender", "location"] });
  });

  it("leaves out what the group does not say: no ages, no dominant city, a gender it cannot read", () => {
    const draft: PersonaDraft = { ...DRAFT, traits: [{ column: "gender", value: "M", share: 1 }], ageRange: null };
    const { fields, fromData } = personaFieldsFromDraft(draft, "Guitars", WORDS);
    expect(fields).toMatchObject({ ageMin: null, ageMax: null, gender: "", location: "" });
    expect(fields.description).toBe("12.5 days; 3 orders; 45 each; 4.");
    expect(fromData.fields).toEqual(["name", "description"]);
  });

  it("stays within every field's limit and gives a persona the step's schema accepts", () => {
    const long = "x".repeat(500);
    const draft: PersonaDraft = {
      ...DRAFT,
      traits: [
        { column: "product", value: long, share: 1 },
        { column: "channel", value: long, share: 1 },
        { column: "city", value: long, share: 1 },
        { column: "company", value: "Orquesta Sur", share: 1 },
      ],
    };
    const { fields, fromData } = personaFieldsFromDraft(draft, "y".repeat(200), WORDS);
    expect(fields.name).toHaveLength(PERSONA_TEXT_MAX.name);
    // The product's long sentence fits; the channel's would pass 600 and is left out; the company's still fits.
    expect(fields.description).toBe(`12.5 days; 3 orders; 45 each; 4. product: ${long}. company: Orquesta Sur.`);
    expect(fields.description.length).toBeLessThanOrEqual(PERSONA_TEXT_MAX.description);
    expect(fields.location).toBe("");
    expect(fromData.fields).not.toContain("location");
    const persona = {
      ...blankPersona("6b7d0f0e-8f52-4d43-9c55-3f1b1f1c2a10", "0c2b1a4e-5f6d-4e3c-8b9a-7d6c5b4a3f21"),
      ...fields,
      fromData,
    };
    expect(personaSchema.safeParse(persona).success).toBe(true);
  });
});

describe("personGenderOf", () => {
  it("reads the unambiguous spellings of both languages and nothing else", () => {
    expect(["F", "female", "Mujer", "Femenino."].map(personGenderOf)).toEqual(["women", "women", "women", "women"]);
    expect(["H", "Hombre", "male", "Varón"].map(personGenderOf)).toEqual(["men", "men", "men", "men"]);
    expect(["NB", "no binario", "Non-binary"].map(personGenderOf)).toEqual(["nonBinary", "nonBinary", "nonBinary"]);
    // "M" is male in English files and mujer in Spanish ones.
    expect(["M", "", "Other", "All genders"].map(personGenderOf)).toEqual([null, null, null, null]);
  });
});
