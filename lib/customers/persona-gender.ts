// Reads a customer file's gender cell as one of the ready-made gender choices, so a persona
// drafted from the data can say "Women" in the reader's language. Files write gender every way
// (F, Mujer, female, H…); only spellings that mean one thing in both of our languages count.

import type { GenderSuggestion } from "@/lib/validation/demographics-step";

/** A person is one gender: "allGenders" describes a target, never one customer. */
export type PersonGender = Exclude<GenderSuggestion, "allGenders">;

/**
 * Accepted spellings, lower-cased and without accents. "M" is left out on purpose: English
 * files use it for male and Spanish ones for mujer, so guessing would be wrong half the time.
 */
const SPELLINGS: Readonly<Record<PersonGender, readonly string[]>> = {
  women: ["f", "female", "woman", "women", "femenino", "femenina", "mujer", "mujeres"],
  men: ["h", "v", "male", "man", "men", "masculino", "hombre", "hombres", "varon"],
  nonBinary: ["nb", "non-binary", "nonbinary", "non binary", "non-binary people", "no binario", "no binaria", "personas no binarias"],
};

const fold = (value: string) =>
  value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .trim()
    .replace(/\.$/, "")
    .toLocaleLowerCase("en");

/** The gender choice a file's cell stands for, or null when it is something else or unclear. */
export function personGenderOf(cell: string): PersonGender | null {
  const key = fold(cell);
  for (const [code, spellings] of Object.entries(SPELLINGS) as [PersonGender, readonly string[]][]) {
    if (spellings.includes(key)) return code;
  }
  return null;
}
