import "server-only";
import { notifyStepChanged, type NewlyNotified } from "@/db/queries/notifications";
import { getProject } from "@/db/queries/projects";
import type { NotificationKind } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { mailConfigured } from "@/lib/mail/send-mail";
import { emailStepNews } from "@/lib/mail/step-news";
import { stepBySlug, type StepSlug } from "@/lib/wizard/steps";
import { logFailure } from "@/lib/log/request-logger";

/** Emails the mentors told for the first time, when SMTP is set; reads the project's name only then. */
export async function emailNewlyNotified(
  user: SessionUser,
  projectId: string,
  step: number,
  kind: NotificationKind,
  fresh: NewlyNotified[],
  note?: string,
) {
  if (fresh.length === 0 || !mailConfigured()) return;
  const { name } = await getProject({ actor: user, projectId });
  await emailStepNews(fresh, { projectId, projectName: name, step, kind, authorName: user.name, note });
}

/**
 * After a step was saved: its mentors are told (in the app, and by email when SMTP is set).
 * The save has already been stored, so a failure here is logged and the save still answers ok.
 */
export async function tellMentorsStepChanged(user: SessionUser, projectId: string, slug: StepSlug): Promise<void> {
  const { number } = stepBySlug(slug);
  try {
    const fresh = await notifyStepChanged(user, projectId, number);
    await emailNewlyNotified(user, projectId, number, "step_changed", fresh);
  } catch (error) {
    await logFailure("notifications: mentors could not be told of a save", error);
  }
}
