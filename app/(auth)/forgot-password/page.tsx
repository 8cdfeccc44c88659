import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { ClientMessages } from "@/components/client-messages";
import { mailConfigured } from "@/lib/mail/send-mail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
      {mailConfigured() ? (
        <>
          <p className="text-slate-700">{t("forgotLead")}</p>
          <ClientMessages namespaces={["passwordReset"]}>
            <ForgotPasswordForm />
          </ClientMessages>
        </>
      ) : (
        // Said plainly instead of a form that would pretend to send something.
        <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          <h2 className="font-semibold">{t("notConfiguredTitle")}</h2>
          <p className="text-sm">{t("notConfiguredBody")}</p>
        </div>
      )}
      <Link href="/sign-in" prefetch={false} className="inline-block text-sm font-semibold text-brand-700 underline">
        {t("backToSignIn")}
      </Link>
    </div>
  );
}
