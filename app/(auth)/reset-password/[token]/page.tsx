import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetLinkRefused } from "@/components/auth/reset-link-refused";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { ClientMessages } from "@/components/client-messages";
import { checkPasswordResetLink } from "@/db/queries/password-resets";

export async function generateMetadata(): Promise<Metadata> {
  // The token is a secret: keep these pages out of search engines.
  return { title: (await getTranslations("passwordReset"))("resetTitle"), robots: { index: false, follow: false } };
}

// Opening the link changes nothing: only sending the form uses it up.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("passwordReset");
  const refused = await checkPasswordResetLink({ token, now: new Date() });
  return (
    <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {refused ? (
        <ResetLinkRefused reason={refused} />
      ) : (
        <>
          <div className="space-y-1">
            <h1 className="text-2xl font-bold">{t("resetTitle")}</h1>
            <p className="text-slate-700">{t("resetLead")}</p>
          </div>
          <ClientMessages namespaces={["passwordReset", "account"]}>
            <ResetPasswordForm token={token} />
          </ClientMessages>
        </>
      )}
    </div>
  );
}
