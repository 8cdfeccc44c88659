"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { resetPassword } from "@/db/queries/password-resets";
import { normaliseEmail } from "@/db/queries/users";
import { signIn } from "@/lib/auth/config";
import { allowResetRequest } from "@/lib/auth/reset-throttle";
import { clientIp, noteSuccessfulSignIn } from "@/lib/auth/sign-in-throttle";
import { AppError } from "@/lib/errors";
import { emailPasswordReset } from "@/lib/mail/account-emails";
import { mailConfigured } from "@/lib/mail/send-mail";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/validation/account-email";
import { publicAction } from "./safe-action";

/**
 * The same answer whether or not the address has an account: the lookup and the email happen
 * after the response is sent, so not even its timing differs.
 */
export const requestPasswordResetAction = publicAction(forgotPasswordSchema, async ({ email }) => {
  if (!mailConfigured()) throw new AppError("mail_not_configured");
  if (!(await allowResetRequest(email, clientIp(await headers())))) throw new AppError("throttled");
  const now = new Date();
  after(() => emailPasswordReset(normaliseEmail(email), now));
  return { email };
});

/** A refused link comes back as data, so the page can say why and offer a new one. */
export const resetPasswordAction = publicAction(resetPasswordSchema, async ({ token, newPassword }) => {
  const outcome = await resetPassword({ token, newPassword, now: new Date() });
  if (!outcome.ok) return outcome;
  // Proving the mailbox is as good as the password: failed sign-ins before the reset no longer lock it.
  await noteSuccessfulSignIn(outcome.email);
  const signedIn = await signIn("credentials", { email: outcome.email, password: newPassword, redirect: false }).then(
    () => true,
    () => false,
  );
  redirect(signedIn ? "/account?password=changed" : "/sign-in?password=reset");
});
