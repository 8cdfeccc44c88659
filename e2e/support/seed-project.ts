import type { Page } from "@playwright/test";
import { createProject } from "./fixtures";
import { OfferingsStep } from "./offerings-step";
import { PersonasStep, type PersonaValues } from "./personas-step";

/**
 * Creates a project and saves these offerings (names only) in step 1, as a user would,
 * for specs about what comes after; the page ends on step 1. Returns the project's id.
 */
export async function createProjectWithOfferings(
  page: Page,
  name: string,
  offerings: readonly string[],
  description = "",
): Promise<string> {
  const projectId = await createProject(page, name, description);
  const step = new OfferingsStep(page);
  for (const offering of offerings) await step.addOffering({ name: offering });
  await step.save();
  return projectId;
}

/** Adds personas (an offering, a name and whatever else is given) in step 4 and saves that step; the page stays there. */
export async function createPersonas(page: Page, projectId: string, personas: readonly PersonaValues[]): Promise<void> {
  const step = new PersonasStep(page);
  await step.goto(projectId);
  // Each one saved before the next: leaving a persona whose first save is still under way can
  // bring its view back when the save answers, under the next "Add a persona" click.
  for (const persona of personas) {
    await step.addPersona(persona);
    await step.save();
  }
}

/** A project with one offering in step 1 and one persona for it in step 4; the page ends on step 4. */
export async function createProjectWithPersona(
  page: Page,
  name: string,
  persona: { offering: string; name: string },
  description = "",
): Promise<string> {
  const projectId = await createProjectWithOfferings(page, name, [persona.offering], description);
  await createPersonas(page, projectId, [persona]);
  return projectId;
}
