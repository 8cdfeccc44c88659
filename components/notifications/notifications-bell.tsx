import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { countUnreadNotifications } from "@/db/queries/notifications";
import type { SessionUser } from "@/lib/auth/session";

export const NOTIFICATIONS_HREF = "/notifications";

/**
 * The header's link to the notifications, with the unread count. Self-contained (it reads the
 * count itself), so the header can place it wherever its layout needs.
 */
export async function NotificationsBell({ user }: { user: SessionUser }) {
  const [t, unread] = await Promise.all([getTranslations("notifications"), countUnreadNotifications(user)]);
  return (
    <Link
      href={NOTIFICATIONS_HREF}
      prefetch={false}
      aria-label={t("bell", { count: unread })}
      className="inline-flex items-center gap-1 rounded-md px-1 font-medium text-slate-800 hover:underline"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-current">
        <path d="M10 2a5 5 0 0 0-5 5v3.6L3.3 13.4A1 1 0 0 0 4.2 15h11.6a1 1 0 0 0 .9-1.6L15 10.6V7a5 5 0 0 0-5-5Zm-2 14a2 2 0 0 0 4 0H8Z" />
      </svg>
      {unread > 0 ? <span className="rounded-full bg-amber-500 px-1.5 text-xs font-bold text-amber-950">{unread}</span> : null}
    </Link>
  );
}
