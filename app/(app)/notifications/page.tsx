import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { MarkAllReadButton, MarkStepReadButton } from "@/components/notifications/notification-actions";
import { listNotifications, type NotificationView } from "@/db/queries/notifications";
import { requireUser } from "@/lib/auth/session";
import { stepByNumber, stepHref } from "@/lib/wizard/steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

async function NotificationItem({ item }: { item: NotificationView }) {
  const t = await getTranslations("notifications");
  const tSteps = await getTranslations("wizard.steps");
  const format = await getFormatter();
  const step = stepByNumber(item.step);
  if (!step) return null;
  // No name: whoever caused it has deleted their account since.
  const names = { author: item.actorName ?? t("formerMember"), step: tSteps(step.slug), project: item.projectName };
  return (
    <li className={`space-y-2 rounded-lg border p-4 ${item.read ? "border-slate-200 bg-white" : "border-amber-400 bg-amber-50"}`}>
      <p className="text-sm">
        {item.read ? null : (
          <span className="mr-2 rounded-full bg-amber-500 px-2 py-0.5 text-xs font-bold text-amber-950">{t("unread")}</span>
        )}
        <span className="font-semibold">{t(item.kind === "step_ready" ? "ready" : "changed", names)}</span>
      </p>
      <p className="text-xs text-slate-700">
        {t("events", { count: item.events, date: format.dateTime(item.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      {item.note ? <p className="whitespace-pre-line text-sm text-slate-800">{t("note", { note: item.note })}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Link
          href={stepHref(item.projectId, step.slug)}
          prefetch={false}
          aria-label={t("openLabel", names)}
          className="text-sm font-semibold text-brand-700 underline"
        >
          {t("open")}
        </Link>
        {item.read ? null : <MarkStepReadButton projectId={item.projectId} step={item.step} label={t("markReadLabel", names)} />}
      </div>
    </li>
  );
}

export default async function NotificationsPage() {
  const user = await requireUser();
  const t = await getTranslations("notifications");
  const items = await listNotifications(user);
  return (
    <ClientMessages namespaces={["notifications"]}>
      <div className="max-w-3xl space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="space-y-1">
            <h1 className="text-3xl font-bold">{t("title")}</h1>
            <p className="text-slate-700">{t("lead")}</p>
          </div>
          {items.some((item) => !item.read) ? <MarkAllReadButton /> : null}
        </div>
        {items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700">{t("empty")}</p>
        ) : (
          <ul className="space-y-3">
            {items.map((item) => (
              <NotificationItem key={item.id} item={item} />
            ))}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
