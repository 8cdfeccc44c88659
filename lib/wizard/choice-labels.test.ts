import { describe, expect, it } from "vitest";
import { channelName } from "./channel-names";
import { canonicalGender, canonicalGenders, genderName } from "./choice-labels";

const spanishGender = (code: string) =>
  ({ women: "Mujeres", men: "Hombres", nonBinary: "Personas no binarias", allGenders: "Todos los géneros" })[code]!;

describe("choice labels", () => {
  it("names a common network in the reader's words and keeps a typed one as typed", () => {
    const label = (id: string) => ({ instagram: "Instagram", youtube: "YouTube", x: "X (Twitter)" })[id] ?? `?${id}`;
    expect(["instagram", "youtube", "Mastodon"].map((n) => channelName(n, label))).toEqual(["Instagram", "YouTube", "Mastodon"]);
  });

  it("translates gender codes and keeps free text as typed", () => {
    expect(["allGenders", "Two-spirit people"].map((g) => genderName(g, spanishGender))).toEqual([
      "Todos los géneros",
      "Two-spirit people",
    ]);
  });

  it("folds a ready-made gender typed in any language or case onto its code", () => {
    expect(canonicalGender(" todos los GÉNEROS ")).toBe("allGenders");
    expect(canonicalGender("Women")).toBe("women");
    expect(canonicalGender("Personas no binarias")).toBe("nonBinary");
    expect(canonicalGender("Two-spirit people")).toBe("Two-spirit people");
  });

  it("keeps each choice once, in the order given", () => {
    expect(canonicalGenders(["Mujeres", "Two-spirit people", "women", "All genders"])).toEqual([
      "women",
      "Two-spirit people",
      "allGenders",
    ]);
  });
});
