import * as z from "zod/mini";
import { SEGMENTS, type Segment } from "../customers/segments";
import { fieldError } from "./error-codes";

// A persona drafted from a group of imported customers remembers which of its fields the data
// filled, so the editor can say so beside each one. The mark belongs to the field's value: once
// the owner rewrites a field it is their answer, and the field leaves the list.

/** The persona fields a draft from customer data can fill, in the order the editor shows them. */
export const PERSONA_DATA_FIELDS = ["name", "description", "ageMin", "ageMax", "gender", "location"] as const;
export type PersonaDataField = (typeof PERSONA_DATA_FIELDS)[number];

export interface PersonaFromData {
  /** The RFM group the persona was drafted from. */
  segment: Segment;
  /** How many customers the group held then: the data behind the draft, not a live count. */
  customers: number;
  /** The fields still holding what the data put there, each once. */
  fields: PersonaDataField[];
}

export function isPersonaDataField(value: string): value is PersonaDataField {
  return (PERSONA_DATA_FIELDS as readonly string[]).includes(value);
}

export const personaFromDataSchema = z.object({
  segment: z.enum(SEGMENTS, fieldError("invalid")),
  customers: z.number(fieldError("invalid_number")).check(z.int(fieldError("invalid_number")), z.gte(1, fieldError("out_of_range"))),
  fields: z.array(z.enum(PERSONA_DATA_FIELDS, fieldError("invalid")), fieldError("invalid")).check(
    z.minLength(1, fieldError("required")),
    z.refine((fields) => new Set(fields).size === fields.length, fieldError("duplicate")),
  ),
});

// The schema and the stored type describe the same object (the column is typed with the latter).
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapesMatch: SameShape<z.output<typeof personaFromDataSchema>, PersonaFromData> = true;
void shapesMatch;

/**
 * The mark without `field`, after the owner rewrote it; null once no field is left, so a
 * persona the owner has made wholly their own carries no trace of the draft.
 */
export function withoutDataField(fromData: PersonaFromData | null, field: PersonaDataField): PersonaFromData | null {
  if (!fromData?.fields.includes(field)) return fromData;
  const fields = fromData.fields.filter((f) => f !== field);
  return fields.length ? { ...fromData, fields } : null;
}
