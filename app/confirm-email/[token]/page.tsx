import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailChange } from "@/components/account/confirm-email-change";
import { ClientMessages } from "@/components/client-messages";
import { SiteHeader } from "@/components/site-header";
import { previewEmailChange } from "@/db/queries/email-changes";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  // The token is a secret: keep these pages out of search engines.
  return { title: (await getTranslations("emailChange"))("confirmTitle"), robots: { index: false, follow: false } };
}

// Public: the link may be opened on a device where nobody is signed in. Only a usable token names the address.
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("emailChange");
  const [user, preview] = await Promise.all([getSessionUser(), previewEmailChange({ token, now: new Date() })]);
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto max-w-xl px-4 py-10">
        <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {preview.ok ? (
            <>
              <div className="space-y-2">
                <h1 className="text-2xl font-bold">{t("confirmTitle")}</h1>
                <p className="text-slate-700">{t("confirmLead", { email: preview.newEmail })}</p>
              </div>
              <ClientMessages namespaces={["emailChange"]}>
                <ConfirmEmailChange token={token} />
              </ClientMessages>
            </>
          ) : (
            <>
              <h1 className="text-2xl font-bold">{t(`refused.${preview.reason}.title`)}</h1>
              <p className="text-slate-700">{t(`refused.${preview.reason}.body`)}</p>
              <Link href="/account" prefetch={false} className="inline-block font-semibold text-brand-700 underline">
                {t("toAccount")}
              </Link>
            </>
          )}
        </div>
      </main>
    </>
  );
}
