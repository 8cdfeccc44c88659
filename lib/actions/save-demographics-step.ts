"use server";

import { saveStep } from "@/db/queries/save-step";
import { demographicsStore } from "@/db/queries/demographics-step";
import { demographicsStepSchema, type DemographicsStepInput } from "@/lib/validation/demographics-step";
import { saveWithProgressRefresh } from "./refresh-progress";
import { projectAction } from "./safe-action";
import { tellMentorsStepChanged } from "./step-news";

export const saveDemographicsStepAction = projectAction(demographicsStepSchema, async (values, { user, projectId, saveId }) => {
  const saved = await saveWithProgressRefresh(projectId, () => saveStep(demographicsStore, { actor: user, projectId, values, saveId }));
  await tellMentorsStepChanged(user, projectId, "demographics");
  // Only what the form holds goes back: the step meta is the page's business.
  const formValues: Partial<typeof saved> = { ...saved };
  delete formValues.meta;
  return formValues as DemographicsStepInput;
});
