"use server";

import { revalidatePath } from "next/cache";
import { saveCompetitorsStep } from "@/db/queries/competitors-step";
import { competitorsStepSchema } from "@/lib/validation/competitors-step";
import { projectAction } from "./safe-action";

export const saveCompetitorsStepAction = projectAction(competitorsStepSchema, async (values, { user, projectId, saveId }) => {
  const { version, competitors, digitalProfile } = await saveCompetitorsStep({ actor: user, projectId, values, saveId });
  // The stepper and dashboard show completion, so the layout must be re-rendered too.
  revalidatePath(`/projects/${projectId}`, "layout");
  // Only what the form holds goes back: the step meta is the page's business.
  return { version, competitors, digitalProfile };
});
