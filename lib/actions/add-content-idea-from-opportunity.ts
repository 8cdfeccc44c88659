"use server";

import { addContentIdeaFromOpportunity } from "@/db/queries/journey-plan-items";
import { opportunityIdeaSchema } from "@/lib/validation/opportunity-idea";
import { saveWithProgressRefresh } from "./refresh-progress";
import { projectAction } from "./safe-action";
import { tellMentorsStepChanged } from "./step-news";

// A new version of step 5, like a save of its form: mentors hear of it, and the stepper and
// missing-items summary refresh when the step's completion changed.
export const addContentIdeaFromOpportunityAction = projectAction(opportunityIdeaSchema, async (values, { user, projectId }) => {
  const saved = await saveWithProgressRefresh(projectId, () => addContentIdeaFromOpportunity({ actor: user, projectId, values }));
  await tellMentorsStepChanged(user, projectId, "integration");
  const idea = saved.contentIdeas.at(-1)!;
  return { version: saved.version, contentIdeas: saved.contentIdeas, id: idea.id };
});
