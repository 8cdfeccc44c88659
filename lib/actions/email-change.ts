"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { confirmEmailChange, requestEmailChange } from "@/db/queries/email-changes";
import { currentPasswordProblem } from "@/lib/auth/current-password";
import { AppError } from "@/lib/errors";
import { emailChangeConfirmation, emailChangeNotice } from "@/lib/mail/account-emails";
import { mailConfigured } from "@/lib/mail/send-mail";
import { changeEmailSchema, confirmEmailChangeSchema } from "@/lib/validation/account-email";
import { authedAction, publicAction } from "./safe-action";

/** Nothing changes yet: the new address must be confirmed from its own mailbox. */
export const requestEmailChangeAction = authedAction(changeEmailSchema, async ({ newEmail, currentPassword }, user) => {
  if (!mailConfigured()) throw new AppError("mail_not_configured");
  const problem = await currentPasswordProblem(user, currentPassword);
  if (problem) throw new AppError("validation", { fieldErrors: { currentPassword: problem } });
  const change = await requestEmailChange({ actor: user, newEmail, now: new Date() });
  await emailChangeConfirmation({ name: user.name, newEmail: change.newEmail, token: change.token });
  return { newEmail: change.newEmail };
});

/**
 * No session needed: the link reached the new mailbox, and the change was asked for with the
 * password. A POST from the page's button, never the GET of opening the link, which mail
 * scanners do on their own.
 */
export const confirmEmailChangeAction = publicAction(confirmEmailChangeSchema, async ({ token }) => {
  const outcome = await confirmEmailChange({ token, now: new Date() });
  if (!outcome.ok) return outcome;
  after(() => emailChangeNotice(outcome));
  redirect("/sign-in?email=changed");
});
