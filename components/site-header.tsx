import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/sign-out";
import type { SessionUser } from "@/lib/auth/session";
import { LocaleSwitcher } from "./locale-switcher";
import { HeaderMenu } from "./nav/header-menu";
import { NotificationsBell } from "./notifications/notifications-bell";

const LINK = "font-medium text-slate-800 hover:underline";

/**
 * One line on every screen: on a phone the links, the account and the language fold into a
 * menu, so the page's own content starts right under the logo instead of a screen lower.
 */
export async function SiteHeader({ user }: { user: SessionUser | null }) {
  const t = await getTranslations("nav");
  const destinations = user
    ? [
        { href: "/projects", label: t("projects") },
        { href: "/account", label: t("account") },
      ]
    : [
        { href: "/sign-in", label: t("signIn") },
        { href: "/sign-up", label: t("signUp") },
      ];
  const links = destinations.map(({ href, label }) => (
    <Link key={href} href={href} className={LINK} prefetch={false}>
      {label}
    </Link>
  ));
  const signedInAs = user ? <span className="text-slate-600">{t("signedInAs", { name: user.name })}</span> : null;
  const signOut = user ? (
    <form action={signOutAction}>
      <button type="submit" className={LINK}>
        {t("signOut")}
      </button>
    </form>
  ) : null;
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:py-3">
        <Link href={user ? "/projects" : "/"} className="text-lg font-bold tracking-tight text-brand-700" prefetch={false}>
          Perfila
        </Link>
        <div className="flex items-center gap-3">
          <nav aria-label={t("main")} className="hidden flex-wrap items-center gap-3 text-sm sm:flex">
            {links}
            {signedInAs}
            {signOut}
            <LocaleSwitcher />
          </nav>
          {/* Outside the menu so the unread count shows on a phone too. */}
          {user ? <NotificationsBell user={user} /> : null}
          <HeaderMenu label={t("menu")}>
            <nav aria-label={t("main")} className="flex flex-col items-start gap-3">
              {signedInAs}
              {links}
              {signOut}
              <LocaleSwitcher />
            </nav>
          </HeaderMenu>
        </div>
      </div>
    </header>
  );
}
