"use server";

import { revalidatePath } from "next/cache";
import { addComment, markCommentsSeen, reopenThread, replyToComment, resolveThread } from "@/db/queries/comments";
import { newCommentSchema, parseAbout, replySchema, threadSchema } from "@/lib/validation/comments";
import * as z from "zod/mini";
import { projectAction } from "./safe-action";

// The stepper's open-thread counts and the header badge live in the project layout.
const refresh = (projectId: string) => revalidatePath(`/projects/${projectId}`, "layout");

export const addCommentAction = projectAction(newCommentSchema, async ({ step, about, body }, { user, projectId }) => {
  const id = await addComment(user, projectId, { step, target: about ? parseAbout(about) : null, body });
  refresh(projectId);
  return { id };
});

export const replyToCommentAction = projectAction(replySchema, async (values, { user, projectId }) => {
  const id = await replyToComment(user, projectId, values);
  refresh(projectId);
  return { id };
});

export const resolveThreadAction = projectAction(threadSchema, async ({ commentId }, { user, projectId }) => {
  await resolveThread(user, projectId, commentId);
  refresh(projectId);
  return { id: commentId };
});

export const reopenThreadAction = projectAction(threadSchema, async ({ commentId }, { user, projectId }) => {
  await reopenThread(user, projectId, commentId);
  refresh(projectId);
  return { id: commentId };
});

export const markCommentsSeenAction = projectAction(z.object({}), async (_values, { user, projectId }) => {
  await markCommentsSeen(user, projectId);
  refresh(projectId);
  return {};
});
