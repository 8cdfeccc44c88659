import { expect, type Locator, type Page } from "@playwright/test";
import type { StepSlug } from "../../lib/wizard/steps";
import { expectNoA11yViolations } from "../axe";
import { escapeRegExp, startingWith } from "./form-fields";

/** How a step names itself in English: its page heading and its link in the stepper. */
export interface StepNames {
  heading: string;
  stepper: string;
}

/** A card's remove button, the question it asks first, and its confirming button. */
export interface CardRemoval {
  button: string;
  question: string;
  confirm: string;
}

/**
 * What every wizard step shares, as a user sees it: its address and heading, its link in the
 * stepper, Save, the form's summary of errors, and numbered cards that ask before they go.
 * Selectors go by role and label only.
 */
/**
 * Waits until the step's form is on screen. The server sends a placeholder in its place and
 * the browser renders the form, so right after a load the form is not there yet.
 */
export async function formReady(page: Page): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: /^(Loading the form…|Cargando el formulario…)$/ })).toHaveCount(0);
}

export abstract class StepPage {
  constructor(
    readonly page: Page,
    private readonly slug: StepSlug,
    private readonly names: StepNames,
  ) {}

  /** Opens the step and waits for its heading. */
  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/${this.slug}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(this.names.heading);
    await formReady(this.page);
  }

  /** The step's link in the stepper; its text also says how far the step is. */
  stepperLink(): Locator {
    return this.page
      .getByRole("navigation", { name: "Wizard steps" })
      .getByRole("link", { name: new RegExp(escapeRegExp(this.names.stepper)) });
  }

  saveButton(): Locator {
    return this.page.getByRole("button", { name: "Save", exact: true });
  }

  /** Saves and waits until the step says it is saved. */
  async save(): Promise<void> {
    await this.saveButton().click();
    await expect(this.page.getByRole("status")).toContainText("Saved.");
  }

  /** The form's summary after a save refused at the fields. */
  fieldsNeedAttention(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "Some fields need your attention." });
  }

  /**
   * Removes a filled card the way its frame asks: the question passes axe, Cancel keeps the
   * card, and only the confirming button takes it away.
   */
  async removeAfterCancellingOnce(card: Locator, removal: CardRemoval): Promise<void> {
    const remove = this.page.getByRole("button", { name: removal.button });
    await remove.click();
    const question = this.page.getByRole("dialog", { name: removal.question });
    await expect(question).toBeVisible();
    await expectNoA11yViolations(this.page);
    await question.getByRole("button", { name: "Cancel" }).click();
    await expect(card).toBeVisible();
    await remove.click();
    await this.page.getByRole("dialog").getByRole("button", { name: removal.confirm }).click();
    await expect(card).toHaveCount(0);
  }

  /** The n-th card of a numbered list, titled "<kind> n: …". */
  protected numberedCard(kind: string, n: number): Locator {
    return this.page.getByRole("article", { name: startingWith(`${kind} ${n}:`) });
  }

  /** Presses an add button and returns the number the new card gets. */
  protected async addNumberedCard(kind: string, button: string): Promise<number> {
    const count = await this.page.getByRole("article", { name: new RegExp(`^${kind} \\d+:`) }).count();
    await this.page.getByRole("button", { name: button }).click();
    return count + 1;
  }
}
