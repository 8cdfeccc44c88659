import * as z from "zod/mini";
import { fieldError, fieldIssue } from "./error-codes";
import { optionalDate } from "./integration-step";
import { MAX_TAGS } from "./tags";
import { requiredText, text } from "./text";

// Issue 16: every persona is a hypothesis about real customers until research backs it. The
// record says whether it has been validated, with which evidence and how confidently, which of
// the persona's jobs, pains and gains the evidence confirmed, and the plan for checking the rest.
// It travels with the persona (jsonb on its row) through step 4's versioned save.

export const VALIDATION_STATUSES = ["assumption", "validated"] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];

/** Where the evidence came from, from the most to the least direct. */
export const EVIDENCE_KINDS = ["customer_data", "interviews", "survey", "analytics", "journey_walk", "sales_team", "other"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const CONFIDENCE_LEVELS = ["low", "medium", "high"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** The kinds of claim the evidence can confirm: an item of the persona's jobs, pains or gains. */
export const CLAIM_KINDS = ["job", "pain", "gain"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
/** The persona's list each kind of claim is an item of. */
export const LIST_OF_CLAIM: Record<ClaimKind, "jobs" | "pains" | "gains"> = { job: "jobs", pain: "pains", gain: "gains" };

export const MAX_PLAN_ITEMS = 20;
/** One claim per item of the three lists at most. */
export const MAX_CLAIMS = 3 * MAX_TAGS;
/** Characters of each written part, for the schema and the fields' counters. */
export const VALIDATION_TEXT_MAX = { note: 1000, what: 300, how: 300, who: 120, claim: 160 } as const;

export const validationPlanItemSchema = z.object({
  id: z.uuid(fieldError("invalid")),
  /** What to check: the claim or question the research should settle. */
  what: requiredText(VALIDATION_TEXT_MAX.what),
  how: text(VALIDATION_TEXT_MAX.how),
  who: text(VALIDATION_TEXT_MAX.who),
  /** The day it should be done by, as an ISO calendar day, or "" for none. */
  due: optionalDate,
  done: z.boolean(fieldError("invalid")),
});
export type ValidationPlanItem = z.infer<typeof validationPlanItemSchema>;

export const validatedClaimSchema = z.object({
  kind: z.enum(CLAIM_KINDS, fieldError("invalid")),
  item: requiredText(VALIDATION_TEXT_MAX.claim),
});
export type ValidatedClaim = z.infer<typeof validatedClaimSchema>;

const claimKey = (claim: ValidatedClaim) => `${claim.kind}:${claim.item.trim().toLocaleLowerCase()}`;

const validationObject = z
  .object({
    status: z.enum(VALIDATION_STATUSES, fieldError("invalid")),
    evidence: z.array(z.enum(EVIDENCE_KINDS, fieldError("invalid")), fieldError("invalid")).check(
      z.maxLength(EVIDENCE_KINDS.length, fieldError("too_many", EVIDENCE_KINDS.length)),
      z.refine((kinds) => new Set(kinds).size === kinds.length, fieldError("duplicate")),
    ),
    confidence: z.nullable(z.enum(CONFIDENCE_LEVELS, fieldError("invalid"))),
    /** What the evidence showed, in the owner's words. */
    note: text(VALIDATION_TEXT_MAX.note),
    validatedClaims: z.array(validatedClaimSchema, fieldError("invalid")).check(
      z.maxLength(MAX_CLAIMS, fieldError("too_many", MAX_CLAIMS)),
      z.refine((claims) => new Set(claims.map(claimKey)).size === claims.length, fieldError("duplicate")),
    ),
    plan: z.array(validationPlanItemSchema, fieldError("invalid")).check(
      z.maxLength(MAX_PLAN_ITEMS, fieldError("too_many", MAX_PLAN_ITEMS)),
      z.refine((items) => new Set(items.map((i) => i.id)).size === items.length, fieldError("duplicate")),
    ),
  })
  .check(
    // Calling a persona validated is a claim about evidence: it needs at least one source and
    // a confidence. An assumption may keep both, so switching back and forth loses nothing.
    z.superRefine((validation, ctx) => {
      if (validation.status !== "validated") return;
      if (!validation.evidence.length) ctx.addIssue(fieldIssue("at_least_one_evidence", ["evidence"]));
      if (validation.confidence === null) ctx.addIssue(fieldIssue("required", ["confidence"]));
    }),
  );

export type PersonaValidation = z.infer<typeof validationObject>;

/** Where every persona starts, and what a row stored before issue 16 holds. */
export const NO_VALIDATION: PersonaValidation = {
  status: "assumption",
  evidence: [],
  confidence: null,
  note: "",
  validatedClaims: [],
  plan: [],
};

/** NO_VALIDATION with lists of its own, for a form that will add to them. */
export const newValidation = (): PersonaValidation => ({ ...NO_VALIDATION, evidence: [], validatedClaims: [], plan: [] });

/** A persona's validation; left out (a client or a test from before issue 16), it is an assumption. */
export const personaValidationSchema = z._default(validationObject, newValidation);

export const blankPlanItem = (id: string): ValidationPlanItem => ({ id, what: "", how: "", who: "", due: "", done: false });

/** True for a plan row with nothing typed or ticked: removing it loses nothing, so nobody is asked. */
export function isBlankPlanItem(item: Omit<ValidationPlanItem, "id">): boolean {
  return !item.done && [item.what, item.how, item.who, item.due].every((value) => !value.trim());
}
