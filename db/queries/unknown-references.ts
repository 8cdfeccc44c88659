import "server-only";
import { AppError, type FieldErrorMap } from "@/lib/errors";
import type { FieldErrorCode } from "@/lib/validation/error-codes";

/**
 * A save that is well-formed but points at rows the project does not have (removed in another
 * tab meanwhile, or a crafted id). It carries field errors naming the row, so that the action
 * shows them next to it instead of as a generic failure.
 */
export class ReferenceFieldErrors extends AppError {
  constructor(readonly fieldErrors: FieldErrorMap) {
    super("validation", { fieldErrors });
    this.name = "ReferenceFieldErrors";
  }
}

/** One reference a list's rows make: `field` of each row of `list` must be among `known`. */
export interface ReferenceCheck<Row> {
  list: string;
  rows: readonly Row[];
  field: keyof Row & string;
  known: ReadonlySet<string>;
  code: FieldErrorCode;
}

/** A check of `rows`, typed by them (an array of checks of different rows cannot infer each one). */
export const references = <Row>(check: ReferenceCheck<Row>): ReferenceCheck<unknown> => check as ReferenceCheck<unknown>;

/** Throws ReferenceFieldErrors naming every row that points outside the project. */
export function requireKnownReferences(checks: readonly ReferenceCheck<unknown>[]): void {
  const fieldErrors: FieldErrorMap = {};
  for (const { list, rows, field, known, code } of checks) {
    rows.forEach((row, index) => {
      const value = (row as Record<string, unknown>)[field];
      const ids = Array.isArray(value) ? value : [value];
      if (ids.some((id) => typeof id !== "string" || !known.has(id))) fieldErrors[`${list}.${index}.${field}`] = code;
    });
  }
  if (Object.keys(fieldErrors).length) throw new ReferenceFieldErrors(fieldErrors);
}
