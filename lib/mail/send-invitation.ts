import "server-only";
import { loadEnv } from "@/lib/config/env";

export interface InvitationEmail {
  to: string;
  subject: string;
  text: string;
}

/** Sends the invitation when SMTP_URL is set; false means there is no mail server and the owner shares the link. */
export async function sendInvitationEmail(email: InvitationEmail): Promise<boolean> {
  const { SMTP_URL, SMTP_FROM } = loadEnv();
  if (!SMTP_URL) return false;
  // Imported only when mail is configured: most installs never load it.
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(SMTP_URL);
  await transport.sendMail({ from: SMTP_FROM ?? "Perfila <no-reply@localhost>", ...email });
  return true;
}
