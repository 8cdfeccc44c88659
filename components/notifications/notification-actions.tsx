"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "./action-button";
import { markAllNotificationsReadAction, markStepNotificationsReadAction } from "@/lib/actions/notifications";

export function MarkStepReadButton({ projectId, step, label }: { projectId: string; step: number; label: string }) {
  const t = useTranslations("notifications");
  return <ActionButton label={t("markRead")} ariaLabel={label} run={() => markStepNotificationsReadAction(projectId, { step })} />;
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  return <ActionButton label={t("markAllRead")} run={() => markAllNotificationsReadAction({})} />;
}
