import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { blankContentIdea, MAX_ROWS } from "@/lib/validation/integration-step";
import type { OpportunityIdeaInput } from "@/lib/validation/opportunity-idea";
import type { JourneyPlanItem } from "@/lib/wizard/journey-plan";
import { newId } from "@/lib/uuid";
import { getDb } from "../client";
import type { Database, Transaction } from "../connect";
import { campaignPersonas, campaigns, contentIdeas } from "../schema";
import { requireProjectPermission, type Actor } from "./access";
import { integrationStore, type IntegrationStepView } from "./integration-step";
import { readProjectStages } from "./journey-stages";
import { saveStep, type SavedStep } from "./save-step";
import { ReferenceFieldErrors } from "./unknown-references";

// Where a persona's journey map meets step 5: what is planned at each stage, and turning an
// opportunity of the map into a content idea.

/**
 * Everything step 5 plans, by persona and stage: content ideas, and campaigns that name a
 * stage (once per persona they are for). Two queries however large the plan.
 */
export async function readJourneyPlanItems(db: Database | Transaction, projectId: string): Promise<JourneyPlanItem[]> {
  const ideas = await db
    .select({ id: contentIdeas.id, personaId: contentIdeas.personaId, stageId: contentIdeas.stageId, title: contentIdeas.topic })
    .from(contentIdeas)
    .where(eq(contentIdeas.projectId, projectId))
    .orderBy(asc(contentIdeas.position), asc(contentIdeas.id));
  const campaignRows = await db
    .select({ id: campaigns.id, personaId: campaignPersonas.personaId, stageId: campaigns.stageId, title: campaigns.objective })
    .from(campaigns)
    .innerJoin(campaignPersonas, eq(campaignPersonas.campaignId, campaigns.id))
    .where(and(eq(campaigns.projectId, projectId), isNotNull(campaigns.stageId)))
    .orderBy(asc(campaigns.position), asc(campaigns.id));
  return [
    ...ideas.map((row) => ({ kind: "contentIdea" as const, ...row })),
    ...campaignRows.map((row) => ({ kind: "campaign" as const, ...row, stageId: row.stageId! })),
  ];
}

/** Tries before giving up when another save of step 5 lands between reading it and saving. */
const ATTEMPTS = 3;

/**
 * Appends a content idea to step 5 for `personaId` at `stageId`, through step 5's save engine
 * (same permission, version lock and missing-items refresh as the step's own form). It takes
 * no retry id: a button sends it once, and a version read here cannot tell a retry apart.
 */
export async function addContentIdeaFromOpportunity({
  actor,
  projectId,
  values,
}: {
  actor: Actor;
  projectId: string;
  values: OpportunityIdeaInput;
}): Promise<SavedStep<IntegrationStepView>> {
  const db = await getDb();
  await requireProjectPermission(db, actor, projectId, "step.edit");
  const stage = (await readProjectStages(db, projectId)).find((s) => s.id === values.stageId);
  if (!stage) throw new ReferenceFieldErrors({ stageId: "unknown_item" });

  for (let attempt = 1; ; attempt++) {
    const step = await integrationStore.read(db, projectId);
    if (!step.personas.some((p) => p.id === values.personaId)) throw new ReferenceFieldErrors({ personaId: "unknown_persona" });
    if (step.contentIdeas.length >= MAX_ROWS) throw new ReferenceFieldErrors({ topic: `too_many:${MAX_ROWS}` });
    const idea = { ...blankContentIdea(newId(), values.personaId, stage.id), topic: values.topic };
    const { version, socialPlans, campaigns } = step;
    try {
      return await saveStep(integrationStore, {
        actor,
        projectId,
        values: { version, contentIdeas: [...step.contentIdeas, idea], socialPlans, campaigns },
      });
    } catch (error) {
      if (!(error instanceof AppError && error.code === "conflict") || attempt === ATTEMPTS) throw error;
    }
  }
}
