import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { mailConfigured } from "@/lib/mail/send-mail";
import { ChangeEmailForm } from "./change-email-form";

/** The body of the account page's "Email address" section: a new address is confirmed by email, so without mail it says so. */
export async function EmailAddressSettings() {
  if (!mailConfigured()) {
    const t = await getTranslations("emailChange");
    return (
      <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t("notConfigured")}
      </p>
    );
  }
  return (
    <ClientMessages namespaces={["emailChange"]}>
      <ChangeEmailForm />
    </ClientMessages>
  );
}
