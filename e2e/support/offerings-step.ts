import { expect, type Locator, type Page } from "@playwright/test";

export interface OfferingValues {
  name: string;
  category?: string;
  definition?: string;
  objective?: string;
  weight?: string;
  revenueShare?: string;
  tier?: RegExp;
  audience?: string;
}

/** Step 1 as a user sees it: selectors go by role and label only. */
export class OfferingsStep {
  constructor(readonly page: Page) {}

  categoryName(n: number): Locator {
    return this.page.getByLabel(`Category ${n} name`);
  }

  offering(n: number): Locator {
    return this.page.getByRole("article", { name: new RegExp(`^Offering ${n}:`) });
  }

  async addOffering(values: OfferingValues): Promise<void> {
    const count = await this.page.getByRole("article", { name: /^Offering \d+:/ }).count();
    await this.page.getByRole("button", { name: "+ Add offering" }).click();
    await this.fillOffering(count + 1, values);
  }

  async fillOffering(n: number, values: OfferingValues): Promise<void> {
    const card = this.offering(n);
    await card.getByLabel("Name", { exact: true }).fill(values.name);
    // The heading follows the name, so find the card again by its new title.
    const named = this.offering(n);
    if (values.category) await named.getByLabel("Category", { exact: true }).selectOption({ label: values.category });
    if (values.definition !== undefined) await named.getByLabel("Definition").fill(values.definition);
    if (values.objective !== undefined) await named.getByLabel("Objective").fill(values.objective);
    if (values.weight) await named.getByLabel("Importance").selectOption(values.weight);
    if (values.revenueShare !== undefined) await named.getByLabel(/Share of revenue/).fill(values.revenueShare);
    if (values.tier) await named.getByLabel(values.tier).check();
    if (values.audience !== undefined) await named.getByLabel("Intended audience").fill(values.audience);
  }

  async expectOffering(n: number, values: OfferingValues): Promise<void> {
    const card = this.offering(n);
    await expect(card.getByLabel("Name", { exact: true })).toHaveValue(values.name);
    if (values.category) await expect(card.getByLabel("Category", { exact: true }).locator("option:checked")).toHaveText(values.category);
    if (values.definition !== undefined) await expect(card.getByLabel("Definition")).toHaveValue(values.definition);
    if (values.objective !== undefined) await expect(card.getByLabel("Objective")).toHaveValue(values.objective);
    if (values.weight) await expect(card.getByLabel("Importance")).toHaveValue(values.weight);
    if (values.revenueShare !== undefined) await expect(card.getByLabel(/Share of revenue/)).toHaveValue(values.revenueShare);
    if (values.tier) await expect(card.getByLabel(values.tier)).toBeChecked();
    if (values.audience !== undefined) await expect(card.getByLabel("Intended audience")).toHaveValue(values.audience);
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(this.page.getByRole("status")).toContainText("Saved.");
  }
}
