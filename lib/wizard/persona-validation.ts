import {
  CLAIM_KINDS,
  LIST_OF_CLAIM,
  type ClaimKind,
  type EvidenceKind,
  type PersonaValidation,
  type ValidatedClaim,
  type ValidationPlanItem,
} from "@/lib/validation/persona-validation";
import type { PersonaJourney } from "@/lib/validation/journey";

// What the wizard, the save and the plan work out from a persona's validation record
// (lib/validation/persona-validation.ts), in one place so they agree.

/** The part of a persona its confirmed claims refer to: its jobs, pains and gains. */
export interface ClaimSource {
  jobs: readonly string[];
  pains: readonly string[];
  gains: readonly string[];
  validation: PersonaValidation;
}

const key = (text: string) => text.trim().toLocaleLowerCase();
const claimKey = (kind: ClaimKind, item: string) => `${kind}:${key(item)}`;

export const isValidated = (validation: Pick<PersonaValidation, "status">): boolean => validation.status === "validated";

/**
 * The persona's claims that the evidence confirmed, limited to the jobs, pains and gains the
 * persona still has, spelt as it spells them now and in the profile's order. The save stores
 * this, like pruneValueMap for the value map, so a removed pain leaves no confirmation behind.
 */
export function confirmedClaims(persona: Omit<ClaimSource, "validation"> & { validation: Pick<PersonaValidation, "validatedClaims"> }) {
  const confirmed = new Set(persona.validation.validatedClaims.map((c) => claimKey(c.kind, c.item)));
  return CLAIM_KINDS.flatMap((kind) =>
    persona[LIST_OF_CLAIM[kind]].filter((item) => confirmed.has(claimKey(kind, item))).map((item): ValidatedClaim => ({ kind, item })),
  );
}

/** The validation with its confirmed claims pruned (see confirmedClaims). */
export function pruneValidatedClaims<P extends ClaimSource>(persona: P): PersonaValidation {
  return { ...persona.validation, validatedClaims: confirmedClaims(persona) };
}

export function isClaimConfirmed(validation: Pick<PersonaValidation, "validatedClaims">, kind: ClaimKind, item: string): boolean {
  return validation.validatedClaims.some((c) => c.kind === kind && key(c.item) === key(item));
}

/** The claims with one item ticked or unticked; claims about items gone are dropped on the way. */
export function toggleClaim(persona: ClaimSource, kind: ClaimKind, item: string, confirmed: boolean): ValidatedClaim[] {
  const others = persona.validation.validatedClaims.filter((c) => !(c.kind === kind && key(c.item) === key(item)));
  return confirmedClaims({ ...persona, validation: { validatedClaims: confirmed ? [...others, { kind, item }] : others } });
}

/** The plan's rows still to do, in the owner's order. */
export function openPlanItems(validation: Pick<PersonaValidation, "plan">): ValidationPlanItem[] {
  return validation.plan.filter((item) => !item.done);
}

/**
 * Whether to suggest "walking the journey" as evidence: the owner walked this persona's
 * journey (step 4's journey section) and has not ticked it yet. Only a hint: walking it shows
 * what the owner saw, which may or may not back the persona.
 */
export function suggestsJourneyWalk(journey: Pick<PersonaJourney, "walkedOn">, validation: { evidence: readonly EvidenceKind[] }): boolean {
  return journey.walkedOn.trim() !== "" && !validation.evidence.includes("journey_walk");
}
