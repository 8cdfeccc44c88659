"use server";

import { saveStep } from "@/db/queries/save-step";
import { integrationStore } from "@/db/queries/integration-step";
import { integrationStepSchema } from "@/lib/validation/integration-step";
import { saveWithProgressRefresh } from "./refresh-progress";
import { projectAction } from "./safe-action";
import { tellMentorsStepChanged } from "./step-news";

// A reference to a persona or offering the project no longer has comes back from the data
// layer as field errors (ReferenceFieldErrors), which the wrapper passes on like schema errors.
export const saveIntegrationStepAction = projectAction(integrationStepSchema, async (values, { user, projectId, saveId }) => {
  const saved = await saveWithProgressRefresh(projectId, () => saveStep(integrationStore, { actor: user, projectId, values, saveId }));
  await tellMentorsStepChanged(user, projectId, "integration");
  // Only what the form holds goes back: personas, offerings and step meta are the page's business.
  const { version, contentIdeas, socialPlans, campaigns } = saved;
  return { version, contentIdeas, socialPlans, campaigns };
});
