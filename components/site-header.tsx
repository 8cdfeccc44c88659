import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/sign-out";
import type { SessionUser } from "@/lib/auth/session";
import { LocaleSwitcher } from "./locale-switcher";
import { NotificationsBell } from "./notifications/notifications-bell";

export async function SiteHeader({ user }: { user: SessionUser | null }) {
  const t = await getTranslations("nav");
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={user ? "/projects" : "/"} className="text-lg font-bold tracking-tight text-brand-700" prefetch={false}>
          Perfila
        </Link>
        <nav aria-label={t("main")} className="flex flex-wrap items-center gap-3 text-sm">
          {user ? (
            <>
              <Link href="/projects" className="font-medium text-slate-800 hover:underline" prefetch={false}>
                {t("projects")}
              </Link>
              <NotificationsBell user={user} />
              <Link href="/account" className="font-medium text-slate-800 hover:underline" prefetch={false}>
                {t("account")}
              </Link>
              <span className="text-slate-600">{t("signedInAs", { name: user.name })}</span>
              <form action={signOutAction}>
                <button type="submit" className="font-medium text-slate-800 hover:underline">
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className="font-medium text-slate-800 hover:underline" prefetch={false}>
                {t("signIn")}
              </Link>
              <Link href="/sign-up" className="font-medium text-slate-800 hover:underline" prefetch={false}>
                {t("signUp")}
              </Link>
            </>
          )}
          <LocaleSwitcher />
        </nav>
      </div>
    </header>
  );
}
