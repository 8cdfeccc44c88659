"use server";

import { saveStep } from "@/db/queries/save-step";
import { offeringsStore } from "@/db/queries/offerings-step";
import { offeringsStepSchema } from "@/lib/validation/offerings-step";
import { saveWithProgressRefresh } from "./refresh-progress";
import { projectAction } from "./safe-action";
import { tellMentorsStepChanged } from "./step-news";

export const saveOfferingsStepAction = projectAction(offeringsStepSchema, async (values, { user, projectId, confirmRemovals, saveId }) => {
  const saved = await saveWithProgressRefresh(projectId, () =>
    saveStep(offeringsStore, { actor: user, projectId, values, confirmRemovals, saveId }),
  );
  await tellMentorsStepChanged(user, projectId, "offerings");
  return saved;
});
