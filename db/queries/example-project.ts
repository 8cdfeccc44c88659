import "server-only";
import { eq } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import { exampleContent } from "@/lib/projects/example-project";
import type { ExampleContent } from "@/lib/projects/example/content";
import { EXAMPLE_PROJECT_IDS } from "@/lib/projects/example-project-ids";
import { competitorsStepMissing } from "@/lib/validation/competitors-step";
import { demographicsStepMissing } from "@/lib/validation/demographics-step";
import { integrationStepMissing } from "@/lib/validation/integration-step";
import { offeringsStepMissing } from "@/lib/validation/offerings-step";
import { personasStepMissing } from "@/lib/validation/personas-step";
import { canonicalGenders } from "@/lib/wizard/choice-labels";
import type { MissingItem } from "@/lib/wizard/missing";
import { stepBySlug } from "@/lib/wizard/steps";
import type { Database, Transaction } from "../connect";
import { campaignRow } from "./integration-step";
import {
  campaignPersonas,
  campaigns,
  categories,
  competitors,
  contentIdeas,
  digitalProfiles,
  journeyStages,
  offerings,
  personas,
  projectChannels,
  projects,
  projectSteps,
  socialPlans,
  targetProfiles,
} from "../schema";

const positioned = <T>(rows: readonly T[], projectId: string) => rows.map((row, position) => ({ ...row, projectId, position }));

/** Each step's gaps by the same rules a save applies: the example must show every step complete. */
export function exampleMissing(content: ExampleContent): Map<number, MissingItem[]> {
  const { offerings: step1, competitors: step2, demographics, personas: step4, integration } = content;
  return new Map<number, MissingItem[]>([
    [stepBySlug("offerings").number, offeringsStepMissing(step1)],
    [stepBySlug("competitors").number, competitorsStepMissing(step2)],
    [stepBySlug("demographics").number, demographicsStepMissing(demographics)],
    [stepBySlug("personas").number, personasStepMissing(step1.offerings, step4)],
    [stepBySlug("integration").number, integrationStepMissing(step4, integration)],
  ]);
}

async function writeExampleRows(tx: Transaction, projectId: string, content: ExampleContent): Promise<void> {
  const { offerings: step1, competitors: step2, demographics, personas: step4, integration } = content;
  await tx.insert(categories).values(positioned(step1.categories, projectId));
  await tx.insert(offerings).values(positioned(step1.offerings, projectId));
  await tx.insert(competitors).values(positioned(step2.competitors, projectId));
  await tx.insert(projectChannels).values(positioned(step2.channels, projectId));
  await tx.insert(digitalProfiles).values({ ...step2.digitalProfile, projectId });
  await tx.insert(targetProfiles).values({ ...demographics, genders: canonicalGenders(demographics.genders), projectId });
  await tx.insert(journeyStages).values(positioned(content.stages, projectId));
  // Positions count within each offering, as a save of step 4 numbers them.
  const perOffering = new Map<string, number>();
  await tx.insert(personas).values(
    step4.map((persona) => {
      const position = perOffering.get(persona.offeringId) ?? 0;
      perOffering.set(persona.offeringId, position + 1);
      return { ...persona, projectId, position, intermediaryFor: persona.intermediaryFor || null, fromData: null, b2b: null };
    }),
  );
  await tx.insert(contentIdeas).values(
    positioned(integration.contentIdeas, projectId).map((idea) => ({
      ...idea,
      addressesKind: idea.addressesKind || null,
      plannedOn: idea.plannedOn || null,
    })),
  );
  await tx.insert(socialPlans).values(positioned(integration.socialPlans, projectId));
  await tx
    .insert(campaigns)
    .values(integration.campaigns.map((campaign, position) => ({ ...campaignRow(campaign, campaign.id, position), projectId })));
  await tx
    .insert(campaignPersonas)
    .values(integration.campaigns.flatMap((c) => c.personaIds.map((personaId) => ({ campaignId: c.id, personaId }))));
}

/**
 * Makes sure the example project of `locale` exists, with every step answered. Called when
 * someone opens the dashboard or the example, never at build time. Safe when several instances
 * run it at once: the insert of the project row at its fixed id waits for a concurrent one and
 * then does nothing, so only one transaction writes the rest. Nobody becomes a member.
 */
export async function ensureExampleProject(db: Database, locale: Locale): Promise<string> {
  const projectId = EXAMPLE_PROJECT_IDS[locale];
  const [existing] = await db.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId));
  if (existing) return projectId;
  await db.transaction(async (tx) => {
    const content = exampleContent(locale);
    const [created] = await tx
      .insert(projects)
      .values({ id: projectId, name: content.name, description: content.description, kind: "handmade" })
      .onConflictDoNothing()
      .returning({ id: projects.id });
    if (!created) return;
    await writeExampleRows(tx, projectId, content);
    const missing = exampleMissing(content);
    await tx
      .insert(projectSteps)
      .values([...missing].map(([step, items]) => ({ projectId, step, version: 1, completed: items.length === 0, missing: items })));
  });
  return projectId;
}
