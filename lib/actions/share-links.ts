"use server";

import { revalidatePath } from "next/cache";
import { createShareLink, revokeShareLink } from "@/db/queries/share-links";
import { siteOrigin } from "@/lib/mail/invitation-link";
import { createShareLinkSchema, shareLinkIdSchema } from "@/lib/validation/share-links";
import { projectAction } from "./safe-action";

export interface CreatedShareLink {
  /** The full address, shown once: only its hash is kept, so it cannot be shown again. */
  link: string;
  label: string;
}

export const createShareLinkAction = projectAction(createShareLinkSchema, async (values, { user, projectId }) => {
  const { token } = await createShareLink({ actor: user, projectId, values });
  revalidatePath(`/projects/${projectId}/members`);
  return { link: `${await siteOrigin()}/share/${token}`, label: values.label } satisfies CreatedShareLink;
});

export const revokeShareLinkAction = projectAction(shareLinkIdSchema, async ({ linkId }, { user, projectId }) => {
  await revokeShareLink({ actor: user, projectId, linkId });
  revalidatePath(`/projects/${projectId}/members`);
  return { linkId };
});
