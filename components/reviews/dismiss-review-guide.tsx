"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/notifications/action-button";
import { dismissReviewGuideAction } from "@/lib/actions/notifications";

export function DismissReviewGuide() {
  const t = useTranslations("notifications.guide");
  return <ActionButton label={t("dismiss")} run={() => dismissReviewGuideAction({})} />;
}
