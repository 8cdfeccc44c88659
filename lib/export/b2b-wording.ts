import type { MessageKey } from "@/lib/i18n/app-config";
import { committeeLines, type PersonaB2b } from "@/lib/validation/persona-b2b";

// A persona who buys for a company (issue 16), in the words the plan page and every download
// (PDF, DOCX, Markdown) print: one line about the company and the buyer, then the committee. The
// layouts only arrange and escape these strings, so no format can word it differently.

/** What the wording needs: any message. ExportText and the page's translator both fit. */
export interface B2bText {
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}

export interface B2bWords {
  /** "Buys for a company: Music education · 10–49 people · Head of the music school". */
  line: string;
  /** Who else decides, one written line each; null when none is written. */
  committee: { title: string; lines: string[] } | null;
}

/** What the plan says about the company a persona buys for; null for one who buys for themselves. */
export function b2bWords(text: B2bText, b2b: PersonaB2b | null): B2bWords | null {
  if (!b2b) return null;
  const size = b2b.companySize ? text.t(`personas.b2b.sizes.${b2b.companySize}`) : "";
  const details = [b2b.industry.trim(), size, b2b.jobTitle.trim()].filter(Boolean);
  // A ticked box with nothing written still says the persona buys for a company.
  const line = details.length ? text.t("personas.b2b.plan.line", { details: details.join(" · ") }) : text.t("personas.b2b.plan.lineEmpty");
  const lines = committeeLines(b2b.committee);
  return { line, committee: lines.length ? { title: text.t("personas.b2b.plan.committee"), lines } : null };
}
