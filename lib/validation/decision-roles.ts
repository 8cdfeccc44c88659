import { DECISION_ROLES, type DecisionRole } from "./personas-step";

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/**
 * A persona's roles as one phrase in the reader's language ("Buyer and decision maker",
 * "Quien compra y quien lo usa"), in the form's order whatever order they were ticked in.
 * The labels are written to stand alone, capitalised; inside the phrase only the first keeps it.
 */
export function formatDecisionRoles(roles: readonly DecisionRole[], label: (role: DecisionRole) => string, locale: string): string {
  const labels = DECISION_ROLES.filter((role) => roles.includes(role)).map((role, i) => (i === 0 ? label(role) : lowerFirst(label(role))));
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(labels);
}
