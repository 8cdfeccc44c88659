"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { acceptInvitation, createInvitation, resendInvitation, revokeInvitation } from "@/db/queries/invitations";
import { getProject } from "@/db/queries/projects";
import type { SessionUser } from "@/lib/auth/session";
import { invitationLink } from "@/lib/mail/invitation-link";
import { sendEmail } from "@/lib/mail/send-mail";
import { acceptInvitationSchema, invitationIdSchema, inviteSchema } from "@/lib/validation/members";
import { authedAction, projectAction } from "./safe-action";
import { logFailure } from "@/lib/log/request-logger";

export interface SharedInvitation {
  email: string;
  link: string;
  /** False without SMTP_URL, or when the mail server refused: the owner then shares the link. */
  emailed: boolean;
}

async function share(user: SessionUser, projectId: string, email: string, token: string): Promise<SharedInvitation> {
  const link = await invitationLink(token);
  let emailed = false;
  try {
    const t = await getTranslations("members.email");
    const { name: project } = await getProject({ actor: user, projectId });
    emailed = await sendEmail({
      to: email,
      subject: t("subject", { project }),
      text: t("body", { inviter: user.name, project, link }),
    });
  } catch (error) {
    // The invitation exists either way; the owner still sees the link to share by hand.
    await logFailure("invitations: the email could not be sent", error);
  }
  revalidatePath(`/projects/${projectId}/members`);
  return { email, link, emailed };
}

export const createInvitationAction = projectAction(inviteSchema, async (values, { user, projectId }) => {
  const { token } = await createInvitation({ actor: user, projectId, ...values });
  return share(user, projectId, values.email.toLowerCase(), token);
});

export const resendInvitationAction = projectAction(invitationIdSchema, async ({ invitationId }, { user, projectId }) => {
  const { email, token } = await resendInvitation({ actor: user, projectId, invitationId });
  return share(user, projectId, email, token);
});

export const revokeInvitationAction = projectAction(invitationIdSchema, async ({ invitationId }, { user, projectId }) => {
  await revokeInvitation({ actor: user, projectId, invitationId });
  revalidatePath(`/projects/${projectId}/members`);
  return { invitationId };
});

/** A POST, never a GET: a mail scanner following the link must not join anyone. */
export const acceptInvitationAction = authedAction(acceptInvitationSchema, async ({ token }, user) => {
  const outcome = await acceptInvitation(token, user);
  if (outcome.ok) {
    revalidatePath("/projects", "layout");
    redirect(`/projects/${outcome.projectId}`);
  }
  return outcome;
});
