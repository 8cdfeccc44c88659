import "server-only";
import { getTranslations } from "next-intl/server";
import type { NewlyNotified } from "@/db/queries/notifications";
import type { NotificationKind } from "@/db/schema";
import { stepByNumber, stepHref } from "@/lib/wizard/steps";
import { siteOrigin } from "./invitation-link";
import { sendEmail } from "./send-mail";
import { logFailure } from "@/lib/log/request-logger";

export interface StepNews {
  projectId: string;
  projectName: string;
  step: number;
  kind: NotificationKind;
  authorName: string;
  note?: string;
}

/**
 * Emails the mentors whose notification about a step is new (later events on the same unread
 * step send nothing more). Without SMTP_URL nothing is sent and nothing fails; a refusing mail
 * server is logged, never passed on: the save or the "ready" it follows has already happened.
 */
export async function emailStepNews(recipients: readonly NewlyNotified[], news: StepNews): Promise<void> {
  const step = stepByNumber(news.step);
  if (recipients.length === 0 || !step) return;
  try {
    const t = await getTranslations("notifications.email");
    const tSteps = await getTranslations("wizard.steps");
    const values = { author: news.authorName, project: news.projectName, step: tSteps(step.slug), note: news.note?.trim() || "-" };
    const link = `${await siteOrigin()}${stepHref(news.projectId, step.slug)}`;
    const subject = t(news.kind === "step_ready" ? "subjectReady" : "subjectChanged", values);
    const body = t(news.kind === "step_ready" ? "bodyReady" : "bodyChanged", { ...values, link });
    await Promise.all(recipients.map((r) => sendEmail({ to: r.email, subject, text: body })));
  } catch (error) {
    await logFailure("notifications: the email could not be sent", error);
  }
}
