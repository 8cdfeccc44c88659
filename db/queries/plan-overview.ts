import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import type { Transaction } from "../connect";
import {
  campaignPersonas,
  campaigns,
  categories,
  competitors,
  contentIdeas,
  digitalProfiles,
  offerings,
  personas,
  projects,
  projectSteps,
  socialPlans,
  targetProfiles,
} from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { groupPlanOverview, type PlanOverview, type PlanRows } from "./plan-overview-model";

export type * from "./plan-overview-model";

/**
 * One query per table, whatever the size of the plan, all inside one read-only snapshot so
 * that the rows agree with each other (no campaign of an offering deleted between two reads).
 */
async function readPlanRows(tx: Transaction, projectId: string): Promise<PlanRows> {
  const [project, steps, categoryRows, offeringRows, personaRows, competitorRows, digital, target, ideas, social, campaignRows, targets] =
    await Promise.all([
      tx
        .select({ id: projects.id, name: projects.name, description: projects.description })
        .from(projects)
        .where(eq(projects.id, projectId)),
      tx
        .select({ step: projectSteps.step, completed: projectSteps.completed, missing: projectSteps.missing })
        .from(projectSteps)
        .where(eq(projectSteps.projectId, projectId)),
      tx
        .select({ id: categories.id, name: categories.name })
        .from(categories)
        .where(eq(categories.projectId, projectId))
        .orderBy(asc(categories.position), asc(categories.id)),
      tx
        .select({
          id: offerings.id,
          categoryId: offerings.categoryId,
          name: offerings.name,
          definition: offerings.definition,
          objective: offerings.objective,
          weight: offerings.weight,
          revenueShare: offerings.revenueShare,
          tier: offerings.tier,
          audience: offerings.audience,
        })
        .from(offerings)
        .where(eq(offerings.projectId, projectId))
        .orderBy(asc(offerings.position), asc(offerings.id)),
      tx
        .select({
          id: personas.id,
          offeringId: personas.offeringId,
          name: personas.name,
          description: personas.description,
          ageMin: personas.ageMin,
          ageMax: personas.ageMax,
          gender: personas.gender,
          location: personas.location,
          occupation: personas.occupation,
          generation: personas.generation,
          goals: personas.goals,
          jobs: personas.jobs,
          pains: personas.pains,
          gains: personas.gains,
          needs: personas.needs,
          motivations: personas.motivations,
          ideals: personas.ideals,
          decisionRole: personas.decisionRole,
          needsIntermediary: personas.needsIntermediary,
          channels: personas.channels,
          attractingContent: personas.attractingContent,
          objections: personas.objections,
        })
        .from(personas)
        .where(eq(personas.projectId, projectId))
        .orderBy(asc(personas.position), asc(personas.id)),
      tx
        .select({
          id: competitors.id,
          name: competitors.name,
          website: competitors.website,
          overlap: competitors.overlap,
          revenueModel: competitors.revenueModel,
          channels: competitors.channels,
          notes: competitors.notes,
        })
        .from(competitors)
        .where(eq(competitors.projectId, projectId))
        .orderBy(asc(competitors.position), asc(competitors.id)),
      tx
        .select({
          socialNetworks: digitalProfiles.socialNetworks,
          media: digitalProfiles.media,
          keywords: digitalProfiles.keywords,
          needs: digitalProfiles.needs,
          painPoints: digitalProfiles.painPoints,
        })
        .from(digitalProfiles)
        .where(eq(digitalProfiles.projectId, projectId)),
      tx
        .select({
          ageMin: targetProfiles.ageMin,
          ageMax: targetProfiles.ageMax,
          generations: targetProfiles.generations,
          genders: targetProfiles.genders,
          locations: targetProfiles.locations,
          household: targetProfiles.household,
          occupation: targetProfiles.occupation,
          economicLevel: targetProfiles.economicLevel,
          educationLevel: targetProfiles.educationLevel,
          languages: targetProfiles.languages,
          valuesAndCustoms: targetProfiles.valuesAndCustoms,
        })
        .from(targetProfiles)
        .where(eq(targetProfiles.projectId, projectId)),
      tx
        .select({
          id: contentIdeas.id,
          personaId: contentIdeas.personaId,
          topic: contentIdeas.topic,
          format: contentIdeas.format,
          stage: contentIdeas.stage,
          addresses: contentIdeas.addresses,
          plannedOn: contentIdeas.plannedOn,
        })
        .from(contentIdeas)
        .where(eq(contentIdeas.projectId, projectId))
        .orderBy(asc(contentIdeas.position), asc(contentIdeas.id)),
      tx
        .select({
          id: socialPlans.id,
          personaId: socialPlans.personaId,
          network: socialPlans.network,
          purpose: socialPlans.purpose,
          frequency: socialPlans.frequency,
          tone: socialPlans.tone,
        })
        .from(socialPlans)
        .where(eq(socialPlans.projectId, projectId))
        .orderBy(asc(socialPlans.position), asc(socialPlans.id)),
      tx
        .select({
          id: campaigns.id,
          offeringId: campaigns.offeringId,
          kind: campaigns.kind,
          channel: campaigns.channel,
          budgetCents: campaigns.budgetCents,
          currency: campaigns.currency,
          startsOn: campaigns.startsOn,
          endsOn: campaigns.endsOn,
          objective: campaigns.objective,
          successMetric: campaigns.successMetric,
        })
        .from(campaigns)
        .where(eq(campaigns.projectId, projectId))
        .orderBy(asc(campaigns.position), asc(campaigns.id)),
      tx
        .select({ campaignId: campaignPersonas.campaignId, personaId: campaignPersonas.personaId })
        .from(campaignPersonas)
        .innerJoin(campaigns, eq(campaigns.id, campaignPersonas.campaignId))
        .where(eq(campaigns.projectId, projectId)),
    ]);
  return {
    project: project[0]!,
    steps,
    categories: categoryRows,
    offerings: offeringRows,
    personas: personaRows,
    competitors: competitorRows,
    digitalProfile: digital[0] ?? null,
    targetProfile: target[0] ?? null,
    contentIdeas: ideas,
    socialPlans: social,
    campaigns: campaignRows,
    campaignPersonas: targets,
  };
}

/**
 * Everything the wizard holds for a project, grouped the way the plan reads: offerings by
 * category with their personas, the content plan by persona, the social matrix, and the
 * campaigns with their budget totals. Anyone who may read the project may read its plan.
 */
export async function getPlanOverview({ actor, projectId }: { actor: Actor; projectId: string }): Promise<PlanOverview> {
  const db = await getDb();
  const rows = await db.transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "project.read");
      return readPlanRows(tx, projectId);
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return groupPlanOverview(rows);
}
