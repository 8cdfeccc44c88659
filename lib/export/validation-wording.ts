import type { OfferingOverview } from "@/db/queries/plan-overview-model";
import type { MessageKey } from "@/lib/i18n/app-config";
import type { PersonaValidation } from "@/lib/validation/persona-validation";
import { confirmedClaims, isValidated, openPlanItems } from "@/lib/wizard/persona-validation";

// Whether research backs each persona (issue 16) in the words the plan page and every download
// (PDF, DOCX, Markdown) print, as plain strings: each layout only arranges and escapes them, so
// the page and the files cannot call a persona validated, or count the assumptions, differently.

/** What the wording needs: any message, a calendar day and the reader's language. ExportText is one. */
export interface ValidationText {
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  date: (day: string) => string;
  locale: string;
}

export interface ValidationWords {
  validated: boolean;
  /** "Hypothesis: not validated yet", or "Validated with interviews and customer data (confidence: high)". */
  status: string;
  /** What the evidence showed; null when nothing is written. */
  note: { label: string; value: string } | null;
  /** The jobs, pains and gains the evidence confirmed, one line each ("Pain: Long waits"); null for none. */
  confirmed: { title: string; lines: string[] } | null;
  /** The plan's checks not done yet ("What · how: … · who: … · by …"); null when nothing is open. */
  openPlan: { title: string; lines: string[] } | null;
}

/** The persona the wording is about: the items its confirmed claims refer to, and its record. */
export interface ValidatedPersona {
  jobs: readonly string[];
  pains: readonly string[];
  gains: readonly string[];
  validation: PersonaValidation;
}

const list = (text: ValidationText, items: readonly string[]) => new Intl.ListFormat(text.locale, { type: "conjunction" }).format(items);

/** Everything the plan says about whether a persona is backed by research. */
export function validationWords(text: ValidationText, persona: ValidatedPersona): ValidationWords {
  const { validation } = persona;
  // The save never stores "validated" without a source and a confidence; a row written some
  // other way reads as a hypothesis rather than as "validated with nothing".
  const validated = isValidated(validation) && validation.evidence.length > 0 && validation.confidence !== null;
  // The sources in the order the owner ticked them: the first is usually the one that counted most.
  const status = validated
    ? text.t("planEvidence.validated", {
        evidence: list(
          text,
          validation.evidence.map((kind) => text.t(`planEvidence.kinds.${kind}`)),
        ),
        confidence: text.t(`planEvidence.confidence.${validation.confidence!}`),
      })
    : text.t("planEvidence.hypothesis");
  const claims = confirmedClaims(persona);
  const open = openPlanItems(validation);
  return {
    validated,
    status,
    note: validation.note.trim() ? { label: text.t("planEvidence.note"), value: validation.note.trim() } : null,
    confirmed: claims.length
      ? { title: text.t("planEvidence.confirmedTitle"), lines: claims.map((c) => text.t(`planEvidence.claim.${c.kind}`, { item: c.item })) }
      : null,
    openPlan: open.length
      ? {
          title: text.t("planEvidence.openPlanTitle"),
          lines: open.map((item) =>
            [
              item.what.trim(),
              item.how.trim() && text.t("planEvidence.planHow", { how: item.how.trim() }),
              item.who.trim() && text.t("planEvidence.planWho", { who: item.who.trim() }),
              item.due && text.t("planEvidence.planDue", { date: text.date(item.due) }),
            ]
              .filter(Boolean)
              .join(" · "),
          ),
        }
      : null,
  };
}

/**
 * The project's paragraph near its personas: "2 of 3 personas rest on assumptions, not yet on
 * research: Lucía (Affordable guitars), …", or that all are validated; null with no personas.
 * Personas are named in reading order, offering by offering.
 */
export function assumptionsParagraph(
  text: ValidationText,
  offerings: readonly Pick<OfferingOverview, "name" | "personas">[],
): string | null {
  const personas = offerings.flatMap((offering) => offering.personas.map((persona) => ({ persona, offering: offering.name })));
  if (!personas.length) return null;
  const assumed = personas.filter(({ persona }) => !validationWords(text, persona).validated);
  if (!assumed.length) return text.t("planEvidence.allValidated", { total: personas.length });
  return text.t("planEvidence.assumptions", {
    count: assumed.length,
    total: personas.length,
    names: list(
      text,
      assumed.map(({ persona, offering }) => text.t("planEvidence.personaInList", { name: persona.name, offering })),
    ),
  });
}
