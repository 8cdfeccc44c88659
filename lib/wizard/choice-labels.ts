import demographicsEn from "@/lib/i18n/messages/steps/demographics.en.json";
import demographicsEs from "@/lib/i18n/messages/steps/demographics.es.json";
import { GENDER_SUGGESTIONS, type GenderSuggestion } from "@/lib/validation/demographics-step";

// Ready-made genders are stored as codes ("allGenders") and typed entries as typed, in the
// same list. Every place that shows one (plan page, PDF, DOCX, Markdown, CSV) passes it
// through here, so no format can print a code; channels have their own, in channel-names.ts.

export function isGenderCode(value: string): value is GenderSuggestion {
  return (GENDER_SUGGESTIONS as readonly string[]).includes(value);
}

/** A stored gender entry in the reader's language: a ready-made choice by its label, a typed one as typed. */
export function genderName(value: string, label: (code: GenderSuggestion) => string): string {
  return isGenderCode(value) ? label(value) : value;
}

/** Every label each ready-made gender choice has had in any language, lower-cased. */
const GENDER_LABELS: Readonly<Record<GenderSuggestion, readonly string[]>> = Object.fromEntries(
  GENDER_SUGGESTIONS.map((code) => [
    code,
    [code, demographicsEn.demographics.genderOptions[code], demographicsEs.demographics.genderOptions[code]].map((l) =>
      l.toLocaleLowerCase(),
    ),
  ]),
) as Record<GenderSuggestion, string[]>;

/**
 * Folds a typed gender onto its ready-made choice when it is one, in any language ("Mujeres",
 * "all genders "), so the choice is stored once, as its code, and reads right in every language.
 */
export function canonicalGender(typed: string): string {
  const entry = typed.trim();
  const key = entry.toLocaleLowerCase();
  return GENDER_SUGGESTIONS.find((code) => GENDER_LABELS[code].includes(key)) ?? entry;
}

/** A stored gender list with every ready-made choice as its code, each once, in the order given. */
export function canonicalGenders(genders: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of genders.map(canonicalGender)) {
    if (!out.some((e) => e.toLocaleLowerCase() === entry.toLocaleLowerCase())) out.push(entry);
  }
  return out;
}
