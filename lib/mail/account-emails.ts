import "server-only";
import { getTranslations } from "next-intl/server";
import { maskEmail } from "@/db/queries/invitations";
import { requestPasswordReset } from "@/db/queries/password-resets";
import { normaliseEmail } from "@/db/queries/users";
import { logFailure } from "@/lib/log/request-logger";
import { siteOrigin } from "./invitation-link";
import { sendEmail } from "./send-mail";

/**
 * Emails a reset link when the address has an account, and nothing otherwise. It runs after
 * the answer has gone (see the action), so neither the answer nor its timing differs; a
 * refusing mail server is logged, since nobody is waiting to be told.
 */
export async function emailPasswordReset(email: string, now: Date): Promise<void> {
  try {
    const token = await requestPasswordReset({ email, now });
    if (!token) return;
    const t = await getTranslations("passwordReset.email");
    const link = `${await siteOrigin()}/reset-password/${token}`;
    await sendEmail({ to: normaliseEmail(email), subject: t("subject"), text: t("body", { link }) });
  } catch (error) {
    await logFailure("password reset: the email could not be sent", error);
  }
}

/** The link that confirms a new address goes to that address: opening it proves it is theirs. */
export async function emailChangeConfirmation({ name, newEmail, token }: { name: string; newEmail: string; token: string }) {
  const t = await getTranslations("emailChange.email");
  const link = `${await siteOrigin()}/confirm-email/${token}`;
  return sendEmail({ to: newEmail, subject: t("confirmSubject"), text: t("confirmBody", { name, link }) });
}

/** Tells the old address, so that a change its owner did not make does not go unnoticed. */
export async function emailChangeNotice({ name, oldEmail, newEmail }: { name: string; oldEmail: string; newEmail: string }) {
  try {
    const t = await getTranslations("emailChange.email");
    await sendEmail({ to: oldEmail, subject: t("noticeSubject"), text: t("noticeBody", { name, newEmail: maskEmail(newEmail) }) });
  } catch (error) {
    await logFailure("email change: the notice to the old address could not be sent", error);
  }
}
