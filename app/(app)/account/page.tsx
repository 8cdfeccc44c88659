import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { MyDataSections } from "@/components/account/my-data-sections";
import { EmailAddressSettings } from "@/components/account/email-address-settings";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { ClientMessages } from "@/components/client-messages";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string | string[] }> }) {
  const user = await requireUser();
  const { password } = await searchParams;
  const t = await getTranslations("account");
  const tEmail = await getTranslations("emailChange");
  return (
    <ClientMessages namespaces={["account"]}>
      <div className="max-w-2xl space-y-8">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="text-slate-700">{t("lead", { email: user.email })}</p>
        </div>
        <AccountSection id="email-address" title={tEmail("title")} lead={tEmail("lead", { email: user.email })}>
          <EmailAddressSettings />
        </AccountSection>
        <AccountSection id="change-password" title={t("passwordTitle")} lead={t("passwordLead")}>
          {/* A fresh form per server render: after a change, the redirect back renders it empty, with the message. */}
          <ChangePasswordForm key={randomUUID()} changed={password === "changed"} />
        </AccountSection>
        <AccountSection id="sign-out-everywhere" title={t("everywhereTitle")} lead={t("everywhereLead")}>
          <SignOutEverywhere />
        </AccountSection>
        <MyDataSections user={user} Section={AccountSection} />
      </div>
    </ClientMessages>
  );
}

function AccountSection({ id, title, lead, children }: { id: string; title: string; lead: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div className="space-y-1">
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {title}
        </h2>
        <p className="text-sm text-slate-700">{lead}</p>
      </div>
      {children}
    </section>
  );
}
