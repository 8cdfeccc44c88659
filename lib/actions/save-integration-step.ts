"use server";

import { revalidatePath } from "next/cache";
import { saveIntegrationStep } from "@/db/queries/integration-step";
import { integrationStepSchema } from "@/lib/validation/integration-step";
import { projectAction } from "./safe-action";

// A reference to a persona or offering the project no longer has comes back from the data
// layer as field errors (IntegrationFieldErrors), which the wrapper passes on like schema errors.
export const saveIntegrationStepAction = projectAction(integrationStepSchema, async (values, { user, projectId, saveId }) => {
  const saved = await saveIntegrationStep({ actor: user, projectId, values, saveId });
  // The stepper and dashboard show completion, so the layout must be re-rendered too.
  revalidatePath(`/projects/${projectId}`, "layout");
  // Only what the form holds goes back: personas, offerings and step meta are the page's business.
  const { version, contentIdeas, socialPlans, campaigns } = saved;
  return { version, contentIdeas, socialPlans, campaigns };
});
