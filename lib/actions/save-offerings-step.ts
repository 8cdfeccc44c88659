"use server";

import { revalidatePath } from "next/cache";
import { saveOfferingsStep } from "@/db/queries/offerings-step";
import { offeringsStepSchema } from "@/lib/validation/offerings-step";
import { projectAction } from "./safe-action";

export const saveOfferingsStepAction = projectAction(offeringsStepSchema, async (values, { user, projectId, confirmRemovals, saveId }) => {
  const saved = await saveOfferingsStep({ actor: user, projectId, values, confirmRemovals, saveId });
  // The stepper and dashboard show completion, so the layout must be re-rendered too.
  revalidatePath(`/projects/${projectId}`, "layout");
  return saved;
});
