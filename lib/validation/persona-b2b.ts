import * as z from "zod/mini";
import { fieldError } from "./error-codes";
import { text } from "./text";

// A persona may buy for a company rather than for themselves (issue 16). Then the plan needs the
// company's industry and size, the buyer's job title and who else decides: in B2B one person
// rarely signs alone, and the message has to reach the whole committee. Null means the persona
// buys for themselves, so older rows and every B2C persona need nothing.

/** Company sizes by headcount, the bands the EU uses for micro, small, medium and large firms. */
export const COMPANY_SIZES = ["solo", "2_9", "10_49", "50_249", "250_plus"] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const PERSONA_B2B_MAX = { industry: 120, jobTitle: 120, committee: 1000 } as const;

export interface PersonaB2b {
  industry: string;
  /** "" until the owner picks a band. */
  companySize: CompanySize | "";
  jobTitle: string;
  /** Who else decides, one role per line (e.g. "Owner — signs off"). */
  committee: string;
}

export const personaB2bSchema = z.object({
  industry: text(PERSONA_B2B_MAX.industry),
  companySize: z.union([z.enum(COMPANY_SIZES), z.literal("")], fieldError("invalid")),
  jobTitle: text(PERSONA_B2B_MAX.jobTitle),
  committee: text(PERSONA_B2B_MAX.committee),
});

// The schema and the stored type describe the same object (the column is typed with the latter).
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapesMatch: SameShape<z.output<typeof personaB2bSchema>, PersonaB2b> = true;
void shapesMatch;

/** What ticking "buys for a company" starts from. */
export const EMPTY_B2B: PersonaB2b = { industry: "", companySize: "", jobTitle: "", committee: "" };

export function isCompanySize(value: string): value is CompanySize {
  return (COMPANY_SIZES as readonly string[]).includes(value);
}

/** Whether the owner has written anything that unticking the box would lose. */
export function hasB2bAnswers(b2b: PersonaB2b | null | undefined): boolean {
  return !!b2b && (b2b.companySize !== "" || [b2b.industry, b2b.jobTitle, b2b.committee].some((v) => v.trim() !== ""));
}

/** The committee's roles, one per written line, without blank lines or surrounding spaces. */
export function committeeLines(committee: string): string[] {
  return committee
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
