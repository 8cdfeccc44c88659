import "server-only";
import { loadEnv } from "@/lib/config/env";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Whether emails go out at all: without SMTP_URL, callers skip even wording them. */
export function mailConfigured(): boolean {
  return Boolean(loadEnv().SMTP_URL);
}

/** Sends the email when SMTP_URL is set; false means there is no mail server, which is not an error. */
export async function sendEmail(email: OutgoingEmail): Promise<boolean> {
  const { SMTP_URL, SMTP_FROM } = loadEnv();
  if (!SMTP_URL) return false;
  // Imported only when mail is configured: most installs never load it.
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(SMTP_URL);
  await transport.sendMail({ from: SMTP_FROM ?? "Perfila <no-reply@localhost>", ...email });
  return true;
}
