// Turns what the data says about a customer group (a PersonaDraft) into a persona's fields.
// The wording comes in from the caller, already in the reader's language, so this stays free
// of any language and the data layer can use it as it is.

import { PERSONA_DATA_FIELDS, type PersonaDataField, type PersonaFromData } from "@/lib/validation/persona-from-data";
import { PERSONA_TEXT_MAX, type PersonaInput } from "@/lib/validation/personas-step";
import { personGenderOf, type PersonGender } from "./persona-gender";
import type { PersonaDraft } from "./segment-persona";

/** The dominant traits a persona has no field for: the description tells them. */
export const DESCRIBED_TRAITS = ["product", "channel", "company"] as const;
export type DescribedTrait = (typeof DESCRIBED_TRAITS)[number];

/** The figures of the behaviour sentence, unrounded: rounding and formatting are the wording's. */
export interface BehaviourFacts {
  /** Median days since the last purchase. */
  days: number;
  /** Mean orders per customer. */
  orders: number;
  /** Mean spend per customer, in cents. */
  revenueCents: number;
  customers: number;
}

/** The sentences a drafted persona is written with, in the reader's language. */
export interface PersonaDraftWords {
  /** The persona's name, for the offering it is drafted for. */
  name(offering: string): string;
  behaviour(facts: BehaviourFacts): string;
  /** One dominant trait as a sentence of the description ("Mostly buys: Strings."). */
  trait(column: DescribedTrait, value: string): string;
  /** A persona's gender is free text: the ready-made choice in the reader's words. */
  gender(code: PersonGender): string;
}

export type DraftedFields = Pick<PersonaInput, PersonaDataField>;

const isDescribed = (column: string): column is DescribedTrait => (DESCRIBED_TRAITS as readonly string[]).includes(column);

/** Sentences joined while they fit in `max` characters; one that would not fit is left out whole. */
function fitting(sentences: readonly string[], max: number): string {
  let text = "";
  for (const sentence of sentences.map((s) => s.trim()).filter(Boolean)) {
    const next = text ? `${text} ${sentence}` : sentence;
    if (next.length <= max) text = next;
  }
  return text;
}

/**
 * The persona fields the data can fill, and the record of which it did. A field is filled
 * only from what the draft holds: a city or a gender only when dominant in the group (and a
 * gender only when it reads as one of the ready-made choices), ages only when some are known.
 * A value longer than its field is left out rather than cut, since a cut city misleads.
 */
export function personaFieldsFromDraft(
  draft: PersonaDraft,
  offeringName: string,
  words: PersonaDraftWords,
): { fields: DraftedFields; fromData: PersonaFromData } {
  const trait = (column: string) => draft.traits.find((t) => t.column === column)?.value;
  const city = trait("city");
  const genderCell = trait("gender");
  const gender = genderCell === undefined ? null : personGenderOf(genderCell);
  const { behaviour } = draft;
  const fields: DraftedFields = {
    name: words.name(offeringName).trim().slice(0, PERSONA_TEXT_MAX.name).trim(),
    description: fitting(
      [
        words.behaviour({
          days: behaviour.daysSinceLast,
          orders: behaviour.ordersPerCustomer,
          revenueCents: behaviour.revenuePerCustomerCents,
          customers: draft.customers,
        }),
        ...draft.traits.flatMap((t) => (isDescribed(t.column) ? [words.trait(t.column, t.value)] : [])),
      ],
      PERSONA_TEXT_MAX.description,
    ),
    ageMin: draft.ageRange?.min ?? null,
    ageMax: draft.ageRange?.max ?? null,
    gender: gender ? words.gender(gender).trim().slice(0, PERSONA_TEXT_MAX.gender) : "",
    location: city && city.length <= PERSONA_TEXT_MAX.location ? city : "",
  };
  const filled = PERSONA_DATA_FIELDS.filter((field) => fields[field] !== "" && fields[field] !== null);
  return { fields, fromData: { segment: draft.segment, customers: draft.customers, fields: filled } };
}
