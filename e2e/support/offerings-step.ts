import { expect, type Locator, type Page } from "@playwright/test";
import { TextFields } from "./form-fields";
import { StepPage } from "./step-page";

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

const TEXT_FIELDS = new TextFields({
  definition: "Definition",
  objective: "Objective",
  revenueShare: /Share of revenue/,
  audience: "Intended audience",
});

/** Step 1 as a user sees it, in English. */
export class OfferingsStep extends StepPage {
  constructor(page: Page) {
    super(page, "offerings", { heading: "Your business model, offering by offering", stepper: "Business model" });
  }

  categoryName(n: number): Locator {
    return this.page.getByLabel(`Category ${n} name`);
  }

  offering(n: number): Locator {
    return this.numberedCard("Offering", n);
  }

  async addOffering(values: OfferingValues): Promise<void> {
    await this.fillOffering(await this.addNumberedCard("Offering", "+ Add offering"), values);
  }

  async fillOffering(n: number, values: OfferingValues): Promise<void> {
    await this.offering(n).getByLabel("Name", { exact: true }).fill(values.name);
    // The heading follows the name, so find the card again by its new title.
    const card = this.offering(n);
    if (values.category) await card.getByLabel("Category", { exact: true }).selectOption({ label: values.category });
    if (values.weight) await card.getByLabel("Importance").selectOption(values.weight);
    if (values.tier) await card.getByLabel(values.tier).check();
    await TEXT_FIELDS.fill(card, values);
  }

  async expectOffering(n: number, values: OfferingValues): Promise<void> {
    const card = this.offering(n);
    await expect(card.getByLabel("Name", { exact: true })).toHaveValue(values.name);
    if (values.category) await expect(card.getByLabel("Category", { exact: true }).locator("option:checked")).toHaveText(values.category);
    if (values.weight) await expect(card.getByLabel("Importance")).toHaveValue(values.weight);
    if (values.tier) await expect(card.getByLabel(values.tier)).toBeChecked();
    await TEXT_FIELDS.expect(card, values);
  }
}
