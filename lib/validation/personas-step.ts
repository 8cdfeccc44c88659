import * as z from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { channelRefs } from "./channels";
import { fieldError, fieldIssue } from "./error-codes";
import type { MissingItem } from "@/lib/wizard/missing";
import { ageOrder } from "./age-order";
import { MAX_TAGS } from "./tags";
import { requiredText, text } from "./text";
import { journeyStagesSchema, NO_JOURNEY, personaJourneySchema } from "./journey";
import { importanceSchema, motivationRivalsSchema, NO_IMPORTANCE, valueMapSchema } from "./value-map";
import { personaFromDataSchema, withoutDataField } from "./persona-from-data";
import { newValidation, personaValidationSchema } from "./persona-validation";
import { personaB2bSchema } from "./persona-b2b";

export const DECISION_ROLES = ["buyer", "influencer", "decision_maker", "end_user", "saboteur"] as const;
export const GENERATIONS = ["silent", "boomers", "gen_x", "millennials", "gen_z"] as const;
/** The lists of a persona, edited as tags. */
export const PERSONA_LISTS = ["goals", "jobs", "pains", "gains"] as const;

export const MAX_PERSONAS = 100;
export const LIST_ITEM_MAX_LENGTH = 160;
export const NAME_MAX_LENGTH = 80;
export const MAX_AGE = 120;
/** The limit of each written field, shared by the schema and the fields' counters. */
export const PERSONA_TEXT_MAX = {
  name: NAME_MAX_LENGTH,
  description: 600,
  gender: 60,
  location: 120,
  occupation: 120,
  needs: 1000,
  motivations: 1000,
  ideals: 1000,
  attractingContent: 1000,
  objections: 1000,
} as const;
export type PersonaTextFieldName = keyof typeof PERSONA_TEXT_MAX;

export type DecisionRole = (typeof DECISION_ROLES)[number];
export type Generation = (typeof GENERATIONS)[number];

export function isGeneration(value: string): value is Generation {
  return (GENERATIONS as readonly string[]).includes(value);
}

const rowId = z.uuid(fieldError("invalid"));
const age = z.nullable(
  z
    .number(fieldError("invalid_number"))
    .check(z.int(fieldError("invalid_number")), z.gte(0, fieldError("out_of_range")), z.lte(MAX_AGE, fieldError("out_of_range"))),
);

// Duplicates are compared without case or surrounding spaces, as the tag input does.
const list = z.array(requiredText(LIST_ITEM_MAX_LENGTH), fieldError("invalid")).check(
  z.maxLength(MAX_TAGS, fieldError("too_many", MAX_TAGS)),
  z.refine((items) => new Set(items.map((i) => i.toLocaleLowerCase())).size === items.length, fieldError("duplicate")),
);

export const personaSchema = z
  .object({
    id: rowId,
    // A uuid here is only well-formed: the server checks that it is one of the project's offerings.
    offeringId: z.uuid(fieldError("unknown_offering")),
    name: requiredText(PERSONA_TEXT_MAX.name),
    description: text(PERSONA_TEXT_MAX.description),
    ageMin: age,
    ageMax: age,
    gender: text(PERSONA_TEXT_MAX.gender),
    location: text(PERSONA_TEXT_MAX.location),
    occupation: text(PERSONA_TEXT_MAX.occupation),
    generation: z.union([z.enum(GENERATIONS), z.literal("")], fieldError("invalid")),
    goals: list,
    jobs: list,
    pains: list,
    gains: list,
    needs: text(PERSONA_TEXT_MAX.needs),
    motivations: text(PERSONA_TEXT_MAX.motivations),
    ideals: text(PERSONA_TEXT_MAX.ideals),
    // One person may play several parts in the purchase; each part at most once.
    decisionRoles: z.array(z.enum(DECISION_ROLES, fieldError("invalid")), fieldError("required")).check(
      z.minLength(1, fieldError("required")),
      z.refine((roles) => new Set(roles).size === roles.length, fieldError("duplicate")),
    ),
    needsIntermediary: z.boolean(fieldError("invalid")),
    /** Picked from the project's channels (step 2), by id. */
    channelIds: channelRefs,
    attractingContent: text(PERSONA_TEXT_MAX.attractingContent),
    objections: text(PERSONA_TEXT_MAX.objections),
    /** How much each job, pain and gain matters, by the item's text. */
    importance: importanceSchema,
    /** What this persona's offering brings it, entry by entry (the value map). */
    valueMap: valueMapSchema,
    /** Competitors that already offer each motivation, as the owner marks them. */
    motivationRivals: motivationRivalsSchema,
    /** Whether research backs the persona yet, with what evidence, and the plan to check the rest. */
    validation: personaValidationSchema,
    /** The persona's customer journey map, stage by stage of the project's list. */
    journey: personaJourneySchema,
    /** Set on an intermediary's persona: the end customer's persona it sells to ("" for none). */
    intermediaryFor: z.union([z.uuid(fieldError("unknown_persona")), z.literal("")], fieldError("unknown_persona")),
    /**
     * Which fields a draft from customer data filled and the owner has not rewritten since.
     * Optional rather than defaulted, so the form's values and the parsed ones keep one type
     * (the autosave needs that); the save stores a missing one as null.
     */
    fromData: z.optional(z.nullable(personaFromDataSchema)),
    /** The company the persona buys for and its buying committee; null when they buy for themselves. Optional as fromData is. */
    b2b: z.optional(z.nullable(personaB2bSchema)),
  })
  .check(ageOrder());

export const personasStepSchema = z
  .object({
    version: z.number().check(z.int(), z.gte(0)),
    personas: z.array(personaSchema).check(z.maxLength(MAX_PERSONAS, fieldError("too_many", MAX_PERSONAS))),
    /** The project's journey stages in order; left out, the stored list stays as it is. */
    stages: z.optional(journeyStagesSchema),
  })
  .check(
    z.superRefine((step, ctx) => {
      const seen = new Set<string>();
      step.personas.forEach((persona, index) => {
        if (seen.has(persona.id)) ctx.addIssue(fieldIssue("invalid", ["personas", index, "id"]));
        seen.add(persona.id);
      });
      // An intermediary sells to another persona of the same step, never to itself.
      step.personas.forEach((persona, index) => {
        if (persona.intermediaryFor && (persona.intermediaryFor === persona.id || !seen.has(persona.intermediaryFor)))
          ctx.addIssue(fieldIssue("unknown_persona", ["personas", index, "intermediaryFor"]));
      });
    }),
  );

export type PersonasStepInput = z.infer<typeof personasStepSchema>;
export type PersonaInput = z.infer<typeof personaSchema>;

/**
 * The step's schema as the form and its autosave use it, which want what goes in to be what
 * comes out. Only the validation record differs, and only for a payload from before issue 16:
 * the form always holds one (read from the server, or made by blankPersona).
 */
export const personasFormSchema = personasStepSchema as unknown as $ZodType<PersonasStepInput, PersonasStepInput>;

/** An offering of step 1 as this step needs it: the group a persona belongs to. */
export interface PersonaOffering {
  id: string;
  name: string;
}

/** A competitor of step 2, which a persona's motivations are compared with. */
export interface PersonaCompetitor {
  id: string;
  name: string;
}

/** What step 3 suggests for a new persona; the owner refines it per person. */
export type PersonaDefaults = Pick<PersonaInput, "ageMin" | "ageMax" | "gender" | "location" | "occupation" | "generation">;

export const NO_DEFAULTS: PersonaDefaults = { ageMin: null, ageMax: null, gender: "", location: "", occupation: "", generation: "" };

export function blankPersona(id: string, offeringId: string, defaults: PersonaDefaults = NO_DEFAULTS): PersonaInput {
  return {
    id,
    offeringId,
    name: "",
    description: "",
    ...defaults,
    goals: [],
    jobs: [],
    pains: [],
    gains: [],
    needs: "",
    motivations: "",
    ideals: "",
    decisionRoles: ["buyer"],
    needsIntermediary: false,
    channelIds: [],
    attractingContent: "",
    objections: "",
    importance: NO_IMPORTANCE,
    valueMap: [],
    motivationRivals: [],
    validation: newValidation(),
    journey: NO_JOURNEY,
    intermediaryFor: "",
    fromData: null,
    b2b: null,
  };
}

/** A copy for another offering: new id, every answer kept, lists copied rather than shared. */
export function copyPersona(persona: PersonaInput, id: string, offeringId: string, name: string): PersonaInput {
  return {
    ...persona,
    id,
    offeringId,
    name: name.slice(0, NAME_MAX_LENGTH),
    ...Object.fromEntries(PERSONA_LISTS.map((key) => [key, [...persona[key]]])),
    channelIds: [...persona.channelIds],
    decisionRoles: [...persona.decisionRoles],
    importance: { jobs: { ...persona.importance.jobs }, pains: { ...persona.importance.pains }, gains: { ...persona.importance.gains } },
    // The copy serves another offering: what the old one brought does not carry over.
    valueMap: [],
    motivationRivals: persona.motivationRivals.map((r) => ({ ...r, competitorIds: [...r.competitorIds] })),
    // Evidence was gathered about buyers of the other offering: for this one the copy is a
    // hypothesis again, with nothing confirmed and no plan yet.
    validation: newValidation(),
    // A journey is one person's path to one offering: the copy starts its own.
    journey: NO_JOURNEY,
    intermediaryFor: "",
    // The data still describes the copied fields; the copy's name is new.
    // The copy sells to the same kind of company, so the company and its committee carry over.
    b2b: persona.b2b ? { ...persona.b2b } : null,
    fromData: withoutDataField(persona.fromData ? { ...persona.fromData, fields: [...persona.fromData.fields] } : null, "name"),
  };
}

/** Offerings (in their order) that no persona covers yet. */
export function offeringsWithoutPersona<O extends { id: string }>(
  offerings: readonly O[],
  personas: readonly { offeringId: string }[],
): O[] {
  const covered = new Set(personas.map((p) => p.offeringId));
  return offerings.filter((o) => !covered.has(o.id));
}

/** What a persona needs before it can guide the plan; a name alone does not. */
type PersonaAnswers = Pick<PersonaInput, "name" | "jobs" | "pains" | "gains" | "needs" | "motivations" | "ideals">;

/**
 * Step 4 is complete when there is at least one offering, each has a persona, and every
 * persona has at least one job, one pain and one gain (its customer profile) and its needs,
 * motivations and ideals (the MIN).
 */
export function personasStepMissing(
  offerings: readonly { id: string; name: string }[],
  personas: readonly ({ offeringId: string } & PersonaAnswers)[],
): MissingItem<"personas">[] {
  if (offerings.length === 0) return [{ code: "noOfferings" }];
  const uncovered = offeringsWithoutPersona(offerings, personas).map((o) => ({ code: "offeringWithoutPersona" as const, name: o.name }));
  const thin = personas.flatMap((persona) => {
    const gaps: MissingItem<"personas">[] = [];
    if (!persona.jobs.length || !persona.pains.length || !persona.gains.length)
      gaps.push({ code: "personaWithoutProfile", name: persona.name });
    if (![persona.needs, persona.motivations, persona.ideals].every((text) => text.trim()))
      gaps.push({ code: "personaWithoutMin", name: persona.name });
    return gaps;
  });
  return [...uncovered, ...thin];
}

export function isPersonasStepComplete(
  offerings: readonly { id: string; name: string }[],
  personas: readonly ({ offeringId: string } & PersonaAnswers)[],
): boolean {
  return personasStepMissing(offerings, personas).length === 0;
}
