"use server";

import { revalidatePath } from "next/cache";
import { savePlanBranding } from "@/db/queries/plan-branding";
import { brandingFromForm, planBrandingSchema } from "@/lib/validation/plan-branding";
import { projectAction, type ActionResult } from "./safe-action";

const save = projectAction(planBrandingSchema, async (values, { user, projectId }) => {
  const logo = values.logo ? new Uint8Array(await values.logo.arrayBuffer()) : null;
  const saved = await savePlanBranding({ actor: user, projectId, accentColor: values.accentColor, logo, removeLogo: values.removeLogo });
  revalidatePath(`/projects/${projectId}/plan`);
  // The bytes stay on the server: the form only needs to know whether there is a logo.
  return { accentColor: saved.accentColor ?? "", hasLogo: saved.logo !== null };
});

/**
 * The plan page's branding form, sent as FormData because it carries a file. Authorisation
 * (step.edit: owner and editor, never a mentor) is checked in the data-access layer.
 */
export async function savePlanBrandingAction(
  projectId: unknown,
  form: unknown,
): Promise<ActionResult<{ accentColor: string; hasLogo: boolean }>> {
  return save(projectId, form instanceof FormData ? brandingFromForm(form) : form);
}
