"use server";

import { saveStep } from "@/db/queries/save-step";
import { personasStore } from "@/db/queries/personas-step";
import { personasStepSchema } from "@/lib/validation/personas-step";
import { saveWithProgressRefresh } from "./refresh-progress";
import { projectAction } from "./safe-action";
import { tellMentorsStepChanged } from "./step-news";

// A reference to an offering the project no longer has comes back from the data layer as
// field errors (ReferenceFieldErrors), which the wrapper passes on like schema errors.
export const savePersonasStepAction = projectAction(personasStepSchema, async (values, { user, projectId, confirmRemovals, saveId }) => {
  const { version, personas, stages } = await saveWithProgressRefresh(projectId, () =>
    saveStep(personasStore, { actor: user, projectId, values, confirmRemovals, saveId }),
  );
  await tellMentorsStepChanged(user, projectId, "personas");
  // Only what the form holds goes back: the offerings and step meta are the page's business.
  return { version, personas, stages };
});
