/**
 * Characters a spreadsheet reads as the start of a formula (or, for tab and carriage return,
 * uses to smuggle one past a check), per OWASP's CSV-injection advice. A cell that starts with
 * one of them could run `=HYPERLINK(...)` or `=cmd|...` when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * User text for a CSV cell: a leading apostrophe makes Excel, LibreOffice and Google Sheets
 * show formula-like text as text (they hide the apostrophe itself). Only user text goes through
 * here; numbers the writer generates, such as budgets, stay numbers.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
