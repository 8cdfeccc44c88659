import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { withNext } from "@/lib/auth/safe-next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const t = await getTranslations("auth");
  const tNav = await getTranslations("nav");
  const { next: raw } = await searchParams;
  const next = typeof raw === "string" ? raw : undefined;
  return (
    <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
        <p className="text-sm text-slate-700">{t("signUpLead")}</p>
      </div>
      <ClientMessages namespaces={["auth"]}>
        <SignUpForm next={next} />
      </ClientMessages>
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href={withNext("/sign-in", next)} className="font-semibold text-brand-700 underline" prefetch={false}>
          {tNav("signIn")}
        </Link>
      </p>
    </div>
  );
}
