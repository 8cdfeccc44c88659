import { useTranslations } from "next-intl";
import Link from "next/link";
import type { AccountLinkRefusal } from "@/db/queries/account-links";

/**
 * Why a reset link does not work, and the way to a new one. On the page it is the heading;
 * inside the form (the link stopped working while it was open) it is an alert under the page's.
 */
export function ResetLinkRefused({ reason, inForm = false }: { reason: AccountLinkRefusal; inForm?: boolean }) {
  const t = useTranslations("passwordReset");
  const Title = inForm ? "p" : "h1";
  return (
    <div role={inForm ? "alert" : undefined} className="space-y-3">
      <Title className={inForm ? "font-semibold" : "text-2xl font-bold"}>{t(`refused.${reason}.title`)}</Title>
      <p className="text-slate-700">{t(`refused.${reason}.body`)}</p>
      <Link href="/forgot-password" prefetch={false} className="font-semibold text-brand-700 underline">
        {t("askAgain")}
      </Link>
    </div>
  );
}
