"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod/mini";
import { markAllNotificationsRead, markStepNotificationsRead } from "@/db/queries/notifications";
import { dismissReviewGuide } from "@/db/queries/review-guide";
import { stepNotificationSchema } from "@/lib/validation/notifications";
import { authedAction, projectAction } from "./safe-action";

// The bell's count sits in the header of every signed-in page.
const refresh = () => revalidatePath("/", "layout");

export const markStepNotificationsReadAction = projectAction(stepNotificationSchema, async ({ step }, { user, projectId }) => {
  await markStepNotificationsRead(user, projectId, step);
  refresh();
  return { step };
});

export const markAllNotificationsReadAction = authedAction(z.object({}), async (_values, user) => {
  await markAllNotificationsRead(user);
  refresh();
  return {};
});

export const dismissReviewGuideAction = authedAction(z.object({}), async (_values, user) => {
  await dismissReviewGuide(user);
  revalidatePath("/projects", "layout");
  return {};
});
