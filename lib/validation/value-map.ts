import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import { requiredText } from "./text";

// The value map is the offering's half of the value proposition canvas: for one persona, what
// the offering brings (products and services, pain relievers, gain creators) and which of the
// persona's jobs, pains and gains each of those answers. Items are referred to by their text,
// as the tag lists that hold them have no other identity.

/** How much an item of the customer profile matters to the persona. */
export const IMPORTANCE = ["essential", "important", "nice"] as const;
export type Importance = (typeof IMPORTANCE)[number];
/** What an unranked item counts as: most owners only mark what stands out either way. */
export const DEFAULT_IMPORTANCE: Importance = "important";

/** The three lists of the customer profile, each answered by one kind of value-map entry. */
export const PROFILE_LISTS = ["jobs", "pains", "gains"] as const;
export type ProfileList = (typeof PROFILE_LISTS)[number];

export const VALUE_KINDS = ["product", "reliever", "creator"] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** The profile list each kind of entry answers: products serve jobs, relievers ease pains, creators bring gains. */
export const LIST_OF_KIND: Record<ValueKind, ProfileList> = { product: "jobs", reliever: "pains", creator: "gains" };

export const MAX_VALUE_ENTRIES = 30;
export const VALUE_ENTRY_MAX_LENGTH = 300;
const ITEM_REF_MAX = 160;
const MAX_REFS = 30;

const itemRef = requiredText(ITEM_REF_MAX);
const refs = z.array(itemRef, fieldError("invalid")).check(z.maxLength(MAX_REFS, fieldError("too_many", MAX_REFS)));

export const valueEntrySchema = z.object({
  id: z.uuid(fieldError("invalid")),
  kind: z.enum(VALUE_KINDS, fieldError("invalid")),
  text: requiredText(VALUE_ENTRY_MAX_LENGTH),
  /** Items of the persona's list for this kind (jobs, pains or gains) that the entry answers. */
  answers: refs,
  /** The persona's needs (one per line) this entry meets: the minimum success factors. */
  needs: refs,
});
export type ValueEntry = z.infer<typeof valueEntrySchema>;

export const valueMapSchema = z
  .array(valueEntrySchema, fieldError("invalid"))
  .check(z.maxLength(MAX_VALUE_ENTRIES, fieldError("too_many", MAX_VALUE_ENTRIES)));

const importanceByItem = z.record(itemRef, z.enum(IMPORTANCE, fieldError("invalid")));
export const importanceSchema = z.object({ jobs: importanceByItem, pains: importanceByItem, gains: importanceByItem });
export type ProfileImportance = z.infer<typeof importanceSchema>;
export const NO_IMPORTANCE: ProfileImportance = { jobs: {}, pains: {}, gains: {} };

/** Which competitors of step 2 already offer one of the persona's motivations (differential factors). */
export const motivationRivalSchema = z.object({
  motivation: itemRef,
  competitorIds: z.array(z.uuid(fieldError("unknown_competitor"))).check(z.maxLength(MAX_REFS, fieldError("too_many", MAX_REFS))),
});
export type MotivationRival = z.infer<typeof motivationRivalSchema>;
export const motivationRivalsSchema = z.array(motivationRivalSchema).check(z.maxLength(MAX_REFS, fieldError("too_many", MAX_REFS)));

/**
 * Needs and motivations are written one per line: each line is one factor the value map
 * must meet (needs) or the owner can compare with competitors (motivations).
 */
export function factorLines(textValue: string): string[] {
  const seen = new Set<string>();
  return textValue
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s•\-*·]+/, "").trim())
    .filter((line) => {
      const key = line.toLocaleLowerCase();
      if (!line || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((line) => line.slice(0, ITEM_REF_MAX));
}

/** What a content idea or a campaign can say it answers: a pain or a gain of a persona. */
export const PROFILE_ITEM_KINDS = ["pain", "gain"] as const;
export type ProfileItemKind = (typeof PROFILE_ITEM_KINDS)[number];

export const profileAnswerSchema = z.object({
  personaId: z.uuid(fieldError("unknown_persona")),
  kind: z.enum(PROFILE_ITEM_KINDS, fieldError("invalid")),
  item: itemRef,
});
export type ProfileAnswer = z.infer<typeof profileAnswerSchema>;
export const profileAnswersSchema = z.array(profileAnswerSchema).check(z.maxLength(MAX_REFS, fieldError("too_many", MAX_REFS)));
