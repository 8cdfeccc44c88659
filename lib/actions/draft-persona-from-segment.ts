"use server";

import { draftPersonaFromSegment } from "@/db/queries/customer-personas";
import { draftPersonaWords } from "@/lib/customers/draft-persona-words";
import { draftPersonaSchema } from "@/lib/validation/draft-persona";
import { saveWithProgressRefresh } from "./refresh-progress";
import { projectAction } from "./safe-action";
import { tellMentorsStepChanged } from "./step-news";

// A new version of step 4, like a save of its form: mentors hear of it, and the stepper and
// missing-items summary refresh when the step's completion changed. Recency is counted to the
// day of the request, read here at the edge so that the data layer holds no clock.
export const draftPersonaFromSegmentAction = projectAction(draftPersonaSchema, async ({ segment, offeringId }, { user, projectId }) => {
  const words = await draftPersonaWords(segment);
  const today = new Date().toISOString().slice(0, 10);
  const drafted = await saveWithProgressRefresh(projectId, () =>
    draftPersonaFromSegment({ actor: user, projectId, segment, offeringId, today, words }),
  );
  await tellMentorsStepChanged(user, projectId, "personas");
  return drafted;
});
