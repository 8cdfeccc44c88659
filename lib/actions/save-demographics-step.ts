"use server";

import { revalidatePath } from "next/cache";
import { saveDemographicsStep } from "@/db/queries/demographics-step";
import { demographicsStepSchema, type DemographicsStepInput } from "@/lib/validation/demographics-step";
import { projectAction } from "./safe-action";

export const saveDemographicsStepAction = projectAction(demographicsStepSchema, async (values, { user, projectId }) => {
  const saved = await saveDemographicsStep({ actor: user, projectId, values });
  // The stepper and dashboard show completion, so the layout must be re-rendered too.
  revalidatePath(`/projects/${projectId}`, "layout");
  // Only what the form holds goes back: the step meta is the page's business.
  const formValues: Partial<typeof saved> = { ...saved };
  delete formValues.meta;
  return formValues as DemographicsStepInput;
});
