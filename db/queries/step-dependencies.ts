import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { integrationStepMissing, type IntegrationOffering, type IntegrationPersona } from "@/lib/validation/integration-step";
import { personasStepMissing } from "@/lib/validation/personas-step";
import type { MissingItem } from "@/lib/wizard/missing";
import { stepBySlug, type WizardStep } from "@/lib/wizard/steps";
import type { Database, Transaction } from "../connect";
import { campaigns, contentIdeas, offerings, personas, projectSteps, socialPlans } from "../schema";
import type { StepProgress } from "./step-versions";

// What later steps read of the steps they depend on (lib/wizard/steps.ts, dependsOn), and how
// they recompute what they lack when one of those is saved. Kept apart from the steps' own
// modules so that the save engine can call every refresh without importing a step.

type Db = Database | Transaction;

/** Step 1's offerings in their order, as later steps point at them. */
export function projectOfferings(db: Db, projectId: string) {
  return db
    .select({ id: offerings.id, name: offerings.name })
    .from(offerings)
    .where(eq(offerings.projectId, projectId))
    .orderBy(asc(offerings.position));
}

/** Step 4's personas grouped by offering, in the owner's order; the query, so that a save can lock it. */
export function projectPersonas(db: Db, projectId: string) {
  return db
    .select({
      id: personas.id,
      name: personas.name,
      offeringId: personas.offeringId,
      pains: personas.pains,
      gains: personas.gains,
      ideals: personas.ideals,
    })
    .from(personas)
    .innerJoin(offerings, eq(offerings.id, personas.offeringId))
    .where(eq(personas.projectId, projectId))
    .orderBy(asc(offerings.position), asc(personas.position), asc(personas.id));
}

/** Records what `step` lacks without a new version or saver: this is not a save by anyone. */
async function recordMissing(tx: Transaction, projectId: string, step: WizardStep, missing: MissingItem[]): Promise<StepProgress> {
  const completed = missing.length === 0;
  await tx
    .insert(projectSteps)
    .values({ projectId, step: step.number, completed, missing })
    .onConflictDoUpdate({
      target: [projectSteps.projectId, projectSteps.step],
      // updatedAt keeps its value (in an upsert, the column names the stored row).
      set: { completed, missing, updatedAt: sql`${projectSteps.updatedAt}` },
    });
  return { step: step.number, completed, missing };
}

/** Offerings come and go in step 1, and that alone can make step 4 complete or incomplete. */
export async function refreshPersonasCompletion(tx: Transaction, projectId: string): Promise<StepProgress> {
  const offeringRows: IntegrationOffering[] = await projectOfferings(tx, projectId);
  const personaRows = await tx
    .select({
      offeringId: personas.offeringId,
      name: personas.name,
      jobs: personas.jobs,
      pains: personas.pains,
      gains: personas.gains,
      needs: personas.needs,
      motivations: personas.motivations,
      ideals: personas.ideals,
    })
    .from(personas)
    .where(eq(personas.projectId, projectId))
    .orderBy(personas.position);
  return recordMissing(tx, projectId, stepBySlug("personas"), personasStepMissing(offeringRows, personaRows));
}

/** Personas come and go in step 4, and that alone changes what step 5 lacks. */
export async function refreshIntegrationMissing(tx: Transaction, projectId: string): Promise<StepProgress> {
  const personaRows: IntegrationPersona[] = await projectPersonas(tx, projectId);
  const missing = integrationStepMissing(personaRows, {
    contentIdeas: await tx.select({ personaId: contentIdeas.personaId }).from(contentIdeas).where(eq(contentIdeas.projectId, projectId)),
    socialPlans: await tx.select({ id: socialPlans.id }).from(socialPlans).where(eq(socialPlans.projectId, projectId)),
    campaigns: await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.projectId, projectId)),
  });
  return recordMissing(tx, projectId, stepBySlug("integration"), missing);
}

/** The steps that depend on another one; tsc asks for a refresh when a declaration gains dependsOn. */
export type DependentSlug = Exclude<WizardStep, { dependsOn: readonly [] }>["slug"];

export const REFRESH_MISSING: Record<DependentSlug, (tx: Transaction, projectId: string) => Promise<StepProgress>> = {
  personas: refreshPersonasCompletion,
  integration: refreshIntegrationMissing,
};
