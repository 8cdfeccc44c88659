"use server";

import { saveStep } from "@/db/queries/save-step";
import { competitorsStore } from "@/db/queries/competitors-step";
import { competitorsStepSchema } from "@/lib/validation/competitors-step";
import { saveWithProgressRefresh } from "./refresh-progress";
import { projectAction } from "./safe-action";
import { tellMentorsStepChanged } from "./step-news";

export const saveCompetitorsStepAction = projectAction(
  competitorsStepSchema,
  async (values, { user, projectId, confirmRemovals, saveId }) => {
    const { version, competitors, digitalProfile, channels } = await saveWithProgressRefresh(projectId, () =>
      saveStep(competitorsStore, { actor: user, projectId, values, confirmRemovals, saveId }),
    );
    await tellMentorsStepChanged(user, projectId, "competitors");
    // Only what the form holds goes back: the step meta is the page's business.
    return { version, competitors, digitalProfile, channels };
  },
);
