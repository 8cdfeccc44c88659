import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { AccountChangedNotice } from "@/components/auth/account-changed-notice";
import { SignInForm } from "@/components/auth/sign-in-form";
import { withNext } from "@/lib/auth/safe-next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string; password?: string }>;
}) {
  const t = await getTranslations("auth");
  const tNav = await getTranslations("nav");
  const tReset = await getTranslations("passwordReset");
  const { next: raw, email, password } = await searchParams;
  const next = typeof raw === "string" ? raw : undefined;
  return (
    <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <AccountChangedNotice email={email} password={password} />
      <ClientMessages namespaces={["auth"]}>
        <SignInForm next={next} />
      </ClientMessages>
      <Link href="/forgot-password" className="inline-block text-sm font-semibold text-brand-700 underline" prefetch={false}>
        {tReset("forgotLink")}
      </Link>
      <p className="text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href={withNext("/sign-up", next)} className="font-semibold text-brand-700 underline" prefetch={false}>
          {tNav("signUp")}
        </Link>
      </p>
    </div>
  );
}
