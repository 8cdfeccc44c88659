import { expect, type Locator, type Page } from "@playwright/test";

/** A form's text fields by label, keyed like the values a page object takes. */
export class TextFields<K extends string> {
  constructor(readonly labels: Readonly<Record<K, string | RegExp>>) {}

  /** Fills every field that `values` gives, leaving the others as they are. */
  async fill(scope: Page | Locator, values: Partial<Record<NoInfer<K>, string>>): Promise<void> {
    for (const [field, value] of this.given(scope, values)) await field.fill(value);
  }

  /** Checks that every field `values` gives shows exactly that value. */
  async expect(scope: Page | Locator, values: Partial<Record<NoInfer<K>, string>>): Promise<void> {
    for (const [field, value] of this.given(scope, values)) await expect(field).toHaveValue(value);
  }

  private given(scope: Page | Locator, values: Partial<Record<K, string>>): [Locator, string][] {
    return (Object.keys(this.labels) as K[]).flatMap((key): [Locator, string][] => {
      const value = values[key];
      return value === undefined ? [] : [[scope.getByLabel(this.labels[key]), value]];
    });
  }
}

/** The first element that describes a field: where the form puts the field's error. */
export async function describingText(field: Locator): Promise<Locator> {
  const [first] = (await field.getAttribute("aria-describedby"))!.split(" ");
  return field.page().locator(`[id="${first}"]`);
}

/** `text` with every character a pattern would read as syntax escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern that matches text starting with `text`, taken literally. */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}`);
}
